package dev.authyspring.simulator;

import java.io.UncheckedIOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests of the in-process API: start time, options, convenience accessors and close.
 */
class AuthySimulatorTests {

	@Test
	void startsWellUnderTwoSeconds() {
		long started = System.nanoTime();
		try (AuthySimulator simulator = AuthySimulator.start()) {
			Http.Response response = new Http(simulator).get("/protected/json/app/details");
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			System.out.println("Simulator started and answered its first request in " + elapsed.toMillis() + " ms");
			assertThat(response.status()).isEqualTo(200);
			assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
		}
	}

	@Test
	void usesGivenPortAndApiKeyAndHidesTheKey() {
		try (AuthySimulator probe = AuthySimulator.start()) {
			// Find a port that is free right now, then reuse it.
			int port = probe.port();
			probe.close();
			try (AuthySimulator simulator = AuthySimulator
				.start(SimulatorOptions.builder().port(port).apiKey("my-test-key").build())) {
				assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
				assertThat(simulator.apiKey()).isEqualTo("my-test-key");
				assertThat(simulator.toString()).doesNotContain("my-test-key");
				assertThat(new Http(simulator).get("/protected/json/app/details").status()).isEqualTo(200);
			}
		}
	}

	@Test
	void baseUrlOfWildcardAddressIsConnectable() {
		try (AuthySimulator simulator = AuthySimulator.start(SimulatorOptions.builder().host("0.0.0.0").build())) {
			assertThat(simulator.baseUrl()).startsWith("http://127.0.0.1:");
			assertThat(new Http(simulator).get("/protected/json/app/details").status()).isEqualTo(200);
		}
	}

	@Test
	void randomApiKeysDiffer() {
		try (AuthySimulator one = AuthySimulator.start(); AuthySimulator two = AuthySimulator.start()) {
			assertThat(one.apiKey()).isNotEqualTo(two.apiKey()).hasSize(32);
			assertThat(one.port()).isNotEqualTo(two.port());
		}
	}

	@Test
	void lastCodeNeedsAMessage() {
		try (AuthySimulator simulator = AuthySimulator.start()) {
			long id = simulator.registerUser("a@example.com", 1, "2015550123");
			assertThatIllegalStateException().isThrownBy(() -> simulator.lastCode(id));
			assertThat(simulator.lastMessage(id)).isEmpty();
			assertThatIllegalStateException().isThrownBy(() -> simulator.lastVerificationCode(1, "2015550123"));
		}
	}

	@Test
	void messageToStringHidesTheCode() {
		try (AuthySimulator simulator = AuthySimulator.start()) {
			long id = simulator.registerUser("a@example.com", 1, "2015550123");
			new Http(simulator).get("/protected/json/sms/" + id);
			Message message = simulator.lastMessage(id).orElseThrow();
			assertThat(message.toString()).doesNotContain(message.code());
		}
	}

	@Test
	void stopsListeningOnClose() {
		AuthySimulator simulator = AuthySimulator.start();
		Http http = new Http(simulator);
		simulator.close();
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> http.get("/protected/json/app/details"));
	}

}
