/**
 * Auto-configuration for the Authy factor of Spring Security.
 */
@NullMarked
package dev.authyspring.autoconfigure.security;

import org.jspecify.annotations.NullMarked;
