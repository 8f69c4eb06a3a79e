package dev.authyspring.security;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The second login step as Spring Security's authentication events carry it: who, and by
 * which {@link AuthyFactorMethod}. Granted, it holds only the
 * {@link AuthyFactor#AUTHORITY} authority; the session's authentication keeps the user's
 * own with that one added.
 */
public final class AuthyFactorAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final Object principal;

	private final AuthyFactorMethod method;

	private AuthyFactorAuthentication(Authentication user, AuthyFactorMethod method,
			Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.principal = (user.getPrincipal() != null) ? user.getPrincipal() : user.getName();
		this.method = method;
		setDetails(user.getDetails());
		setAuthenticated(!authorities.isEmpty());
	}

	/**
	 * A completed step.
	 * @param user the user's authentication
	 * @param method how the step was completed
	 * @param factor the authority that was granted
	 * @return an authenticated token with that authority only
	 */
	public static AuthyFactorAuthentication granted(Authentication user, AuthyFactorMethod method,
			GrantedAuthority factor) {
		return new AuthyFactorAuthentication(user, method, List.of(factor));
	}

	/**
	 * A failed attempt at the step.
	 * @param user the user's authentication
	 * @param method the method that was tried
	 * @return an unauthenticated token without authorities
	 */
	public static AuthyFactorAuthentication attempted(Authentication user, AuthyFactorMethod method) {
		return new AuthyFactorAuthentication(user, method, List.of());
	}

	/**
	 * Returns how the step was completed or tried.
	 * @return the method
	 */
	public AuthyFactorMethod getMethod() {
		return this.method;
	}

	@Override
	public Object getPrincipal() {
		return this.principal;
	}

	@Override
	public @Nullable Object getCredentials() {
		// A code is never kept.
		return null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof AuthyFactorAuthentication that && super.equals(that) && this.method == that.method;
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + this.method.hashCode();
	}

}
