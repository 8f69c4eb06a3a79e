/**
 * Auto-configuration of the OneTouch callback endpoint.
 */
@NullMarked
package dev.authyspring.autoconfigure.onetouch;

import org.jspecify.annotations.NullMarked;
