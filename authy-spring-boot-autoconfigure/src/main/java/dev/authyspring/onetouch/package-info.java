/**
 * OneTouch callback signatures: canonical parameters, signing and verification, with no
 * Spring web types.
 */
@NullMarked
package dev.authyspring.onetouch;

import org.jspecify.annotations.NullMarked;
