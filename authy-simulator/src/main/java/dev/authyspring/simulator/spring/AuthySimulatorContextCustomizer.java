package dev.authyspring.simulator.spring;

import java.util.Map;
import java.util.Objects;

import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.CallbackMethod;
import dev.authyspring.simulator.SimulatorOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Starts a simulator for one application context, before it refreshes.
 */
class AuthySimulatorContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "authySimulator";

	static final String PROPERTY_SOURCE_NAME = "authySimulator";

	static final String CONNECTION_DETAILS_BEAN_NAME = "authySimulatorConnectionDetails";

	private static final String CONNECTION_DETAILS = "dev.authyspring.autoconfigure.AuthyConnectionDetails";

	private final String apiKey;

	private final String callbackPath;

	private final CallbackMethod callbackMethod;

	AuthySimulatorContextCustomizer(String apiKey, String callbackPath, CallbackMethod callbackMethod) {
		if (!callbackPath.isEmpty() && !callbackPath.startsWith("/")) {
			throw new IllegalArgumentException("@EnableAuthySimulator callbackPath must start with '/'");
		}
		this.apiKey = apiKey;
		this.callbackPath = callbackPath;
		this.callbackMethod = callbackMethod;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		SimulatorOptions.Builder options = SimulatorOptions.builder();
		if (!this.apiKey.isEmpty()) {
			options.apiKey(this.apiKey);
		}
		AuthySimulator simulator = AuthySimulator.start(options.build());
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (ClassUtils.isPresent(CONNECTION_DETAILS, context.getClassLoader())) {
			// The starter's way: its beans use these instead of authy.base-url and
			// authy.api-key.
			beanFactory.registerSingleton(CONNECTION_DETAILS_BEAN_NAME, new SimulatorConnectionDetails(simulator));
		}
		else {
			// Without the starter, for whatever reads the authy.* properties.
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
						Map.of("authy.base-url", simulator.baseUrl(), "authy.api-key", simulator.apiKey())));
		}
		beanFactory.registerSingleton(BEAN_NAME, simulator);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			// Also covers a context that fails to refresh, which publishes no close
			// event.
			registry.registerDisposableBean(BEAN_NAME, simulator::close);
		}
		if (!this.callbackPath.isEmpty()) {
			context.addApplicationListener(
					new CallbackRegistrar(simulator, context, this.callbackPath, this.callbackMethod));
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other
				|| (other instanceof AuthySimulatorContextCustomizer that && this.apiKey.equals(that.apiKey)
						&& this.callbackPath.equals(that.callbackPath) && this.callbackMethod == that.callbackMethod);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.apiKey, this.callbackPath, this.callbackMethod);
	}

	/**
	 * Points callbacks at the embedded web server once its port is known: Spring Boot
	 * publishes {@code local.server.port} before the context-refreshed event.
	 */
	private static final class CallbackRegistrar implements ApplicationListener<ContextRefreshedEvent> {

		private final AuthySimulator simulator;

		private final ConfigurableApplicationContext context;

		private final String path;

		private final CallbackMethod method;

		CallbackRegistrar(AuthySimulator simulator, ConfigurableApplicationContext context, String path,
				CallbackMethod method) {
			this.simulator = simulator;
			this.context = context;
			this.path = path;
			this.method = method;
		}

		@Override
		public void onApplicationEvent(ContextRefreshedEvent event) {
			if (event.getApplicationContext() != this.context) {
				return;
			}
			String port = this.context.getEnvironment().getProperty("local.server.port");
			if (port != null && !port.isBlank() && !"-1".equals(port)) {
				this.simulator.callbackUrl("http://127.0.0.1:" + port + this.path, this.method);
			}
		}

	}

}
