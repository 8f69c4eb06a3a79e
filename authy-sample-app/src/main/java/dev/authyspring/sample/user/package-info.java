/**
 * Users: sign-up, storage and the account page.
 */
@NullMarked
package dev.authyspring.sample.user;

import org.jspecify.annotations.NullMarked;
