/**
 * Typed client for the Authy REST API: users, tokens, OneTouch, phones and apps.
 */
@NullMarked
package dev.authyspring.client;

import org.jspecify.annotations.NullMarked;
