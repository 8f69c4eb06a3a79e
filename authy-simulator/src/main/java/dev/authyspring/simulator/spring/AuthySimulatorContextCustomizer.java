package dev.authyspring.simulator.spring;

import java.util.Map;

import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.SimulatorOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a simulator for one application context, before it refreshes.
 */
class AuthySimulatorContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "authySimulator";

	static final String PROPERTY_SOURCE_NAME = "authySimulator";

	private final String apiKey;

	AuthySimulatorContextCustomizer(String apiKey) {
		this.apiKey = apiKey;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		SimulatorOptions.Builder options = SimulatorOptions.builder();
		if (!this.apiKey.isEmpty()) {
			options.apiKey(this.apiKey);
		}
		AuthySimulator simulator = AuthySimulator.start(options.build());
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("authy.base-url", simulator.baseUrl(), "authy.api-key", simulator.apiKey())));
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, simulator);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			// Also covers a context that fails to refresh, which publishes no close event.
			registry.registerDisposableBean(BEAN_NAME, simulator::close);
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof AuthySimulatorContextCustomizer that && this.apiKey.equals(that.apiKey));
	}

	@Override
	public int hashCode() {
		return this.apiKey.hashCode();
	}

}
