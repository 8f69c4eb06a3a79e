package dev.authyspring.sample;

import java.util.Locale;

import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.security.AuthyFactor;
import dev.authyspring.security.AuthyFactorConfigurer;
import dev.authyspring.security.AuthyIdResolver;
import dev.authyspring.security.AuthyPushRequestCustomizer;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login with the password as the first factor and Authy as the second: every page
 * that is not public needs both.
 */
@Configuration(proxyBeanMethods = false)
@EnableMultiFactorAuthentication(authorities = { FactorGrantedAuthority.PASSWORD_AUTHORITY, AuthyFactor.AUTHORITY })
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
			.permitAll()
			.requestMatchers("/", "/signup", "/login", "/error", "/app.css", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin", "/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").usernameParameter("email").defaultSuccessUrl("/account"))
			.logout((logout) -> logout.logoutSuccessUrl("/?logout"))
			.with(AuthyFactorConfigurer.authyFactor(), (authy) -> authy.failureUrl("/login?ended"));
		return http.build();
	}

	@Bean
	AuthyIdResolver authyIdResolver(AppUserRepository users) {
		return (authentication) -> users.findByEmail(authentication.getName()).map(AppUser::authyId).orElse(null);
	}

	@Bean
	AuthyPushRequestCustomizer pushShowsTheEmail() {
		return (push, authentication, request) -> push.detail("Email", authentication.getName());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(AppUserRepository users) {
		return (email) -> users.findByEmail(email.trim().toLowerCase(Locale.ROOT))
			.map((user) -> User.withUsername(user.email())
				.password(user.passwordHash())
				.roles(user.admin() ? new String[] { "USER", "ADMIN" } : new String[] { "USER" })
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
