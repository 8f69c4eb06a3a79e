package dev.authyspring.sample.twofactor;

import java.util.ArrayList;
import java.util.List;

import dev.authyspring.sample.Authorities;
import dev.authyspring.sample.user.AppUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Turns a password-only login into a full one once the second factor was given.
 */
@Component
class SecondFactorLogin {

	private final SecurityContextRepository securityContextRepository;

	SecondFactorLogin(SecurityContextRepository securityContextRepository) {
		this.securityContextRepository = securityContextRepository;
	}

	void complete(AppUser user, Authentication passwordOnly, HttpServletRequest request,
			HttpServletResponse response) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Authorities.PASSWORD_VERIFIED));
		authorities.add(new SimpleGrantedAuthority(Authorities.AUTHY_VERIFIED));
		authorities.add(new SimpleGrantedAuthority(Authorities.ROLE_USER));
		if (user.admin()) {
			authorities.add(new SimpleGrantedAuthority(Authorities.ROLE_ADMIN));
		}
		UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken
			.authenticated(passwordOnly.getPrincipal(), null, authorities);
		full.setDetails(passwordOnly.getDetails());
		// A new privilege level gets a new session id, as after the password step.
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(full);
		SecurityContextHolder.setContext(context);
		this.securityContextRepository.saveContext(context, request, response);
	}

}
