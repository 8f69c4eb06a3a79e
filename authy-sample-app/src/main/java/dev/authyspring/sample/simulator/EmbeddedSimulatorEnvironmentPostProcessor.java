package dev.authyspring.sample.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.SimulatorOptions;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Starts the Authy simulator on a free loopback port, unless the {@code live} profile is
 * active, and points the starter at it. It runs before any bean exists, so the Authy
 * client is created with the simulator's URL and key like with any other
 * {@code authy.*} settings.
 *
 * <p>
 * Properties it sets: {@code authy.base-url}, {@code authy.api-key},
 * {@code app.simulator.phone-url} (the simulator's page) and
 * {@code app.simulator.instance} (which {@link EmbeddedSimulatorConfiguration} uses to
 * expose the simulator as a bean that closes with the context).
 */
public class EmbeddedSimulatorEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** Name of the property source this post-processor adds. */
	public static final String PROPERTY_SOURCE_NAME = "embeddedAuthySimulator";

	/** The profile that talks to real Authy instead. */
	public static final String LIVE_PROFILE = "live";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.acceptsProfiles(Profiles.of(LIVE_PROFILE))
				|| environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)
				|| !environment.getProperty("app.simulator.enabled", Boolean.class, true)) {
			return;
		}
		SimulatorOptions.Builder options = SimulatorOptions.builder();
		Duration tokenValidity = environment.getProperty("app.simulator.token-validity", Duration.class);
		if (tokenValidity != null) {
			options.tokenValidity(tokenValidity);
		}
		AuthySimulator simulator = AuthySimulator.start(options.build());
		String instance = EmbeddedSimulators.register(simulator);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("authy.base-url", simulator.baseUrl());
		properties.put("authy.api-key", simulator.apiKey());
		properties.put("app.simulator.phone-url", simulator.baseUrl() + "/simulator");
		properties.put("app.simulator.instance", instance);
		// First: the embedded simulator wins over a stray authy.* setting in a non-live run.
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
	}

	@Override
	public int getOrder() {
		// After the config data (profiles, application.properties) has been loaded.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
