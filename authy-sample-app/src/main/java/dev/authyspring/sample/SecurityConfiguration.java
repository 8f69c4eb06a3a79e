package dev.authyspring.sample;

import java.util.List;
import java.util.Locale;

import dev.authyspring.autoconfigure.AuthyProperties;
import dev.authyspring.sample.user.AppUserRepository;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Form login with the password as the first factor and Authy as the second. The OneTouch
 * callback and the health endpoint are open; the callback is exempt from CSRF because Authy
 * signs it instead.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthyProperties authyProperties,
			SecurityContextRepository securityContextRepository) throws Exception {
		String callbackPath = authyProperties.getOnetouch().getCallback().getPath();
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
			.permitAll()
			.requestMatchers("/", "/signup", "/login", "/error", "/app.css", "/push.js", callbackPath,
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/2fa", "/2fa/**")
			.hasAuthority(Authorities.PASSWORD_VERIFIED)
			.requestMatchers("/admin", "/admin/**")
			.hasAuthority(Authorities.ROLE_ADMIN)
			.anyRequest()
			.hasAuthority(Authorities.ROLE_USER))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler((request, response, authentication) -> response.sendRedirect(
						request.getContextPath() + "/2fa")))
			.logout((logout) -> logout.logoutSuccessUrl("/?logout"))
			.securityContext((context) -> context.securityContextRepository(securityContextRepository))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(callbackPath))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response, denied) -> {
				// Halfway through login: send the user to the second step rather than a 403.
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (isPasswordVerifiedOnly(authentication) && "GET".equals(request.getMethod())) {
					response.sendRedirect(request.getContextPath() + "/2fa");
					return;
				}
				forbidden.handle(request, response, denied);
			}));
		return http.build();
	}

	private static boolean isPasswordVerifiedOnly(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return false;
		}
		List<String> authorities = authentication.getAuthorities().stream().map((a) -> a.getAuthority()).toList();
		return authorities.contains(Authorities.PASSWORD_VERIFIED) && !authorities.contains(Authorities.ROLE_USER);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(AppUserRepository users) {
		// The password step grants only PASSWORD_VERIFIED; roles need the second factor.
		return (email) -> users.findByEmail(email.trim().toLowerCase(Locale.ROOT))
			.map((user) -> User.withUsername(user.email())
				.password(user.passwordHash())
				.authorities(new SimpleGrantedAuthority(Authorities.PASSWORD_VERIFIED))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
