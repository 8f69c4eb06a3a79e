package dev.authyspring.simulator.spring;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What a simulator embedded in an AOT-processed or native application needs: its phone
 * page, read as a resource. Its JSON is written from maps and read as plain maps and
 * lists, so it needs no reflection.
 */
public class SimulatorRuntimeHints implements RuntimeHintsRegistrar {

	/** The phone page. */
	static final String PHONE_PAGE = "dev/authyspring/simulator/simulator.html";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern(PHONE_PAGE);
	}

}
