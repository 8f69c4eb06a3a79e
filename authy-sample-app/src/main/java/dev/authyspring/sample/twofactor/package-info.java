/**
 * The second login step: OneTouch push, SMS, voice call and authenticator-app codes.
 */
@NullMarked
package dev.authyspring.sample.twofactor;

import org.jspecify.annotations.NullMarked;
