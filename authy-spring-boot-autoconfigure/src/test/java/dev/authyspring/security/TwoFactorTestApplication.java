package dev.authyspring.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.authyspring.core.testing.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A web application whose every page needs the password and the Authy factor, on
 * {@link FakeAuthy}. Users: {@code ana} (Authy id 1001), {@code bob} (1002), and
 * {@code carol}, who has no Authy id.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableWebSecurity
@EnableMultiFactorAuthentication(authorities = { FactorGrantedAuthority.PASSWORD_AUTHORITY, AuthyFactor.AUTHORITY })
class TwoFactorTestApplication {

	static final String PASSWORD = "correct horse";

	static final long ANA = 1001;

	static final long BOB = 1002;

	/** Authy ids by user name; tests change them. */
	final Map<String, Long> authyIds = new ConcurrentHashMap<>(Map.of("ana", ANA, "bob", BOB));

	final List<AbstractAuthenticationEvent> events = new CopyOnWriteArrayList<>();

	/**
	 * The chain; {@code test.chain=plain} leaves the configurer out,
	 * {@code test.page=custom} uses the application's own page and other paths, and
	 * {@code test.without-authy-id} ({@code require}, {@code enrol} or {@code skip})
	 * chooses what happens to users without an Authy id.
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Environment environment) {
		String withoutAuthyId = environment.getProperty("test.without-authy-id", "require");
		if (environment.getProperty("test.chain", "authy").equals("plain")) {
			// Without the configurer: the application permits the callback itself.
			http.authorizeHttpRequests((requests) -> requests.requestMatchers(AuthyRequestMatchers.oneTouchCallback())
				.permitAll()
				.anyRequest()
				.authenticated())
				.csrf((csrf) -> csrf.ignoringRequestMatchers(AuthyRequestMatchers.oneTouchCallback()))
				.formLogin(Customizer.withDefaults());
			return http.build();
		}
		boolean customPage = environment.getProperty("test.page", "default").equals("custom");
		DefaultAuthorizationManagerFactory<RequestAuthorizationContext> recentAuthy = AuthorizationManagerFactories
			.<RequestAuthorizationContext>multiFactor()
			.requireFactor((factor) -> factor.authority(AuthyFactor.AUTHORITY).validDuration(Duration.ofMinutes(1)))
			.build();
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/enrol", "/my-second-step")
			.permitAll()
			.requestMatchers("/recent")
			.access(recentAuthy.authenticated())
			.anyRequest()
			.authenticated())
			.formLogin(Customizer.withDefaults())
			.rememberMe((rememberMe) -> rememberMe.key("two-factor-tests").userDetailsService(userDetailsService()))
			.with(AuthyFactorConfigurer.authyFactor(), (authy) -> {
				if (withoutAuthyId.equals("skip")) {
					authy.skipUsersWithoutAuthyId();
				}
				else if (withoutAuthyId.equals("enrol")) {
					authy.enrolmentUrl("/enrol");
				}
				if (customPage) {
					authy.secondFactorPage("/my-second-step").pathPrefix("/mfa/authy").failureUrl("/login?authy");
				}
			});
		return http.build();
	}

	@Bean
	UserDetailsService userDetailsService() {
		return new InMemoryUserDetailsManager(user("ana"), user("bob"), user("carol"));
	}

	private static org.springframework.security.core.userdetails.UserDetails user(String name) {
		return User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build();
	}

	@Bean
	AuthyIdResolver authyIdResolver() {
		return (authentication) -> this.authyIds.get(authentication.getName());
	}

	@Bean
	FakeAuthy fakeAuthy() {
		return new FakeAuthy();
	}

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.now());
	}

	@Bean
	MeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

	@EventListener
	void onAuthenticationEvent(AbstractAuthenticationEvent event) {
		this.events.add(event);
	}

	@RestController
	static class AccountController {

		@GetMapping("/account")
		String account() {
			return "account";
		}

		@GetMapping("/statements")
		String statements() {
			return "statements";
		}

		@GetMapping("/recent")
		String recent() {
			return "recent";
		}

		@GetMapping("/my-second-step")
		String mySecondStep() {
			return "my second step";
		}

		@GetMapping("/enrol")
		String enrol() {
			return "enrol";
		}

		@PostMapping("/transfer")
		String transfer() {
			return "transferred";
		}

	}

}
