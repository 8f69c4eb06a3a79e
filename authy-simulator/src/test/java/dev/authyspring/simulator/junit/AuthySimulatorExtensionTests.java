package dev.authyspring.simulator.junit;

import dev.authyspring.simulator.AuthySimulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link AuthySimulatorExtension} shares one simulator per class and resets it
 * before each test.
 */
@ExtendWith(AuthySimulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthySimulatorExtensionTests {

	static AuthySimulator first;

	@Test
	@Order(1)
	void injectsARunningSimulator(AuthySimulator simulator) {
		first = simulator;
		simulator.registerUser("a@example.com", 1, "2015550123");
		assertThat(simulator.baseUrl()).startsWith("http://127.0.0.1:");
	}

	@Test
	@Order(2)
	void sharesTheSimulatorAndResetsIt(AuthySimulator simulator) {
		assertThat(simulator).isSameAs(first);
		long id = simulator.registerUser("b@example.com", 1, "2015550124");
		assertThat(simulator.messages()).isEmpty();
		assertThat(id).isGreaterThan(1001);
	}

}
