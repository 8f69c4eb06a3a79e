package dev.authyspring.security;

import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The Authy factor's authority, added as a {@link FactorGrantedAuthority} when a user
 * completes the second login step. Require it as any other factor:
 * {@code @EnableMultiFactorAuthentication(authorities =
 * {FactorGrantedAuthority.PASSWORD_AUTHORITY, AuthyFactor.AUTHORITY})} or
 * {@code AuthorizationManagerFactories.multiFactor().requireFactors(AuthyFactor.AUTHORITY)}.
 */
public final class AuthyFactor {

	/** The authority of the Authy factor. */
	public static final String AUTHORITY = "FACTOR_AUTHY";

	private AuthyFactor() {
	}

}
