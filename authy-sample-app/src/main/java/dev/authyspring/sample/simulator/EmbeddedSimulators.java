package dev.authyspring.sample.simulator;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.authyspring.simulator.AuthySimulator;
import org.jspecify.annotations.Nullable;

/**
 * Hands simulators started before the application context over to it: one per context, so
 * that tests with several contexts each get their own.
 */
final class EmbeddedSimulators {

	private static final Map<String, AuthySimulator> started = new ConcurrentHashMap<>();

	private EmbeddedSimulators() {
	}

	static String register(AuthySimulator simulator) {
		String instance = UUID.randomUUID().toString();
		started.put(instance, simulator);
		return instance;
	}

	static @Nullable AuthySimulator take(@Nullable String instance) {
		return (instance != null) ? started.remove(instance) : null;
	}

}
