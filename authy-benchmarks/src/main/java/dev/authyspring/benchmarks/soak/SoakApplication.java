package dev.authyspring.benchmarks.soak;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.authyspring.onetouch.OneTouchCallbackEvent;
import dev.authyspring.security.AuthyFactor;
import dev.authyspring.security.AuthyFactorConfigurer;
import dev.authyspring.security.AuthyIdResolver;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application the soak logs in to: a password, then the Authy factor, on every page.
 * CSRF is off because the soak's browsers are a load driver; the factor's endpoints need
 * the token in a real application, which the starter's tests cover. Users are named by
 * their Authy id: {@code user-<id>}, password {@code soak}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableMultiFactorAuthentication(authorities = { FactorGrantedAuthority.PASSWORD_AUTHORITY, AuthyFactor.AUTHORITY })
public class SoakApplication {

	/** The password of every user. */
	public static final String PASSWORD = "soak";

	/**
	 * OneTouch callback events by approval request uuid, as the endpoint published them.
	 */
	final Map<String, AtomicInteger> callbackEvents = new ConcurrentHashMap<>();

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/login").permitAll().anyRequest().authenticated())
			.formLogin(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.with(AuthyFactorConfigurer.authyFactor(), Customizer.withDefaults());
		return http.build();
	}

	@Bean
	UserDetailsService userDetailsService() {
		return (username) -> User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
	}

	@Bean
	AuthyIdResolver authyIdResolver() {
		return (authentication) -> Long.parseLong(authentication.getName().substring("user-".length()));
	}

	@EventListener
	void onCallback(OneTouchCallbackEvent event) {
		this.callbackEvents.computeIfAbsent(event.callback().uuid(), (uuid) -> new AtomicInteger()).incrementAndGet();
	}

	@RestController
	static class HomeController {

		@GetMapping("/home")
		String home() {
			return "home";
		}

	}

}
