package dev.authyspring.security;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * Finds the Authy id of a user who passed the first factor. The application keeps that id
 * in its own user store; the second-factor step asks for it on every request, so a
 * changed id takes effect at once.
 */
@FunctionalInterface
public interface AuthyIdResolver {

	/**
	 * Returns the Authy id of the authenticated user.
	 * @param authentication the user's authentication, with the first factor only
	 * @return the Authy id, or {@code null} if the user has none (see
	 * {@link AuthyFactorConfigurer#enrolmentUrl(String)} and
	 * {@link AuthyFactorConfigurer#skipUsersWithoutAuthyId()})
	 */
	@Nullable Long resolve(Authentication authentication);

}
