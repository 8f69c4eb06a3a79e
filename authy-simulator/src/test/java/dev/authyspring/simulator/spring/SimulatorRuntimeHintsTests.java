package dev.authyspring.simulator.spring;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SimulatorRuntimeHints}.
 */
class SimulatorRuntimeHintsTests {

	@Test
	void thePhonePageIsAResourceOfTheImage() {
		RuntimeHints hints = new RuntimeHints();
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.stream()
			.filter(SimulatorRuntimeHints.class::isInstance)
			.findFirst()
			.orElseThrow()
			.registerHints(hints, getClass().getClassLoader());
		assertThat(getClass().getClassLoader().getResource(SimulatorRuntimeHints.PHONE_PAGE)).isNotNull();
		assertThat(RuntimeHintsPredicates.resource().forResource(SimulatorRuntimeHints.PHONE_PAGE)).accepts(hints);
	}

}
