package dev.authyspring.sample.user;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the stored user behind an authentication.
 */
@Component
public class CurrentUser {

	private final AppUserRepository users;

	public CurrentUser(AppUserRepository users) {
		this.users = users;
	}

	/**
	 * Returns the user who logged in.
	 * @param authentication the authentication, named by email
	 * @return the user
	 * @throws UsernameNotFoundException if the account was deleted meanwhile
	 */
	public AppUser of(Authentication authentication) {
		return this.users.findByEmail(authentication.getName())
			.orElseThrow(() -> new UsernameNotFoundException("The account no longer exists"));
	}

}
