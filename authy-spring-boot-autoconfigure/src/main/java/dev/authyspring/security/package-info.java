/**
 * Authy as a Spring Security 7 authentication factor: the {@code FACTOR_AUTHY} authority,
 * the second-factor login step and its filter-chain configurer.
 */
@NullMarked
package dev.authyspring.security;

import org.jspecify.annotations.NullMarked;
