package dev.authyspring.benchmarks.callback;

import java.util.concurrent.atomic.AtomicLong;

import dev.authyspring.benchmarks.jmh.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the callback benchmark's load generator sends callbacks that the endpoint
 * accepts and publishes, each once: a generator the endpoint took for replays would
 * measure the duplicate path.
 */
class SignedCallbackSenderTests {

	@Test
	void everyCallbackSentIsAcceptedAndPublishedOnce() throws Exception {
		// The benchmark runs on the application's classpath; this module's tests also
		// have Spring Security (for the soak), which would guard the endpoint.
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CallbackBenchmark.CallbackApp.class)
			.web(WebApplicationType.SERVLET)
			.properties("spring.main.banner-mode=off", "server.address=127.0.0.1", "server.port=0",
					"authy.api-key=" + Fixtures.A1_2_KEY, "authy.onetouch.callback.enabled=true",
					"spring.autoconfigure.exclude=org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
							+ "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration,"
							+ "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration,"
							+ "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration")
			.run()) {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			AtomicLong published = context.getBean(CallbackBenchmark.CallbackApp.class).published;
			int callbacks = 0;
			for (int sender = 0; sender < 2; sender++) {
				try (SignedCallbackSender callbackSender = new SignedCallbackSender("127.0.0.1", port,
						"/authy/onetouch/callback", Fixtures.A1_2_KEY, Fixtures.a12Body(),
						new SignedCallbackSender.NonceSource())) {
					for (int i = 0; i < 50; i++) {
						assertThat(callbackSender.send()).isEqualTo(200);
						callbacks++;
					}
					assertThat(callbackSender.ok()).isEqualTo(50);
				}
			}
			assertThat(published.get()).isEqualTo(callbacks);
		}
	}

}
