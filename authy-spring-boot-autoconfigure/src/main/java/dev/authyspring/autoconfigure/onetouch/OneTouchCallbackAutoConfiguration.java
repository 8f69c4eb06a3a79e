package dev.authyspring.autoconfigure.onetouch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.authyspring.autoconfigure.AuthyAutoConfiguration;
import dev.authyspring.autoconfigure.AuthyConnectionDetails;
import dev.authyspring.autoconfigure.AuthyProperties;
import dev.authyspring.autoconfigure.ConditionalOnAuthyConnection;
import dev.authyspring.core.internal.AuthySettingsValidator;
import dev.authyspring.core.onetouch.NonceFreshness;
import dev.authyspring.core.onetouch.OneTouchSignatureVerifier;
import dev.authyspring.onetouch.InMemoryOneTouchNonceStore;
import dev.authyspring.onetouch.MicrometerOneTouchCallbackMetrics;
import dev.authyspring.onetouch.OneTouchCallbackMetrics;
import dev.authyspring.onetouch.OneTouchCallbackProcessor;
import dev.authyspring.onetouch.OneTouchNonceStore;
import dev.authyspring.onetouch.web.OneTouchCallbackEndpoint;
import dev.authyspring.onetouch.web.OneTouchCallbackHandler;
import dev.authyspring.onetouch.web.ReactiveOneTouchCallbackHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the endpoint that receives signed OneTouch callbacks, mapped
 * when {@code authy.onetouch.callback.url} is set or
 * {@code authy.onetouch.callback.enabled} is {@code true}. Signature verification cannot
 * be turned off.
 */
@AutoConfiguration(after = AuthyAutoConfiguration.class, afterName = {
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnWebApplication
@ConditionalOnAuthyConnection
@Conditional(OnCallbackEndpointCondition.class)
@EnableConfigurationProperties({ AuthyProperties.class, OneTouchCallbackProperties.class })
@Import(NonceStoreConfigurations.SharedNonceStoreConfiguration.class)
public final class OneTouchCallbackAutoConfiguration {

	private static final Log logger = LogFactory.getLog(OneTouchCallbackAutoConfiguration.class);

	private static final int HANDLER_MAPPING_ORDER = -100;

	// Lazy, with the processor: a servlet application creates them for the first callback
	// (the handler checks their settings at start-up), not on every start.
	@Bean
	@Lazy
	@ConditionalOnMissingBean
	OneTouchSignatureVerifier oneTouchSignatureVerifier(AuthyProperties properties, OneTouchCallbackProperties callback,
			ObjectProvider<AuthyConnectionDetails> connectionDetails) {
		return new OneTouchSignatureVerifier(verificationKeys(properties, callback, connectionDetails));
	}

	private static List<String> verificationKeys(AuthyProperties properties, OneTouchCallbackProperties callback,
			ObjectProvider<AuthyConnectionDetails> connectionDetails) {
		List<String> keys = new ArrayList<>();
		AuthyConnectionDetails connection = connectionDetails.getIfAvailable();
		String apiKey = (connection != null) ? connection.getApiKey() : properties.getApiKey();
		String apiKeyProblem = AuthySettingsValidator.apiKeyProblem(apiKey);
		if (apiKey == null || apiKeyProblem != null) {
			throw new InvalidConfigurationPropertyValueException("authy.api-key", "<hidden>", apiKeyProblem);
		}
		keys.add(apiKey);
		List<String> additionalKeys = callback.getAdditionalKeys();
		for (int i = 0; i < additionalKeys.size(); i++) {
			String key = additionalKeys.get(i);
			String keyProblem = AuthySettingsValidator.apiKeyProblem(key);
			if (key == null || keyProblem != null) {
				throw new InvalidConfigurationPropertyValueException(
						"authy.onetouch.callback.additional-keys[" + i + "]", "<hidden>", keyProblem);
			}
			keys.add(key);
		}
		return keys;
	}

	// A bean method here, not a configuration class beside the shared stores': that would
	// add a bean and a second evaluation of its condition to every start. The property
	// condition, not the order in which bean methods are processed, keeps it from taking
	// a shared store's place.
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = NonceStoreConfigurations.NONCE_STORE, havingValue = "memory", matchIfMissing = true)
	OneTouchNonceStore oneTouchNonceStore(ObjectProvider<Clock> clock) {
		return new InMemoryOneTouchNonceStore(InMemoryOneTouchNonceStore.DEFAULT_CAPACITY, clockOf(clock));
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	OneTouchCallbackProcessor oneTouchCallbackProcessor(OneTouchCallbackProperties callback,
			OneTouchSignatureVerifier verifier, OneTouchNonceStore nonceStore, ApplicationEventPublisher eventPublisher,
			ObjectProvider<Clock> clock, ObjectProvider<OneTouchCallbackMetrics> metrics,
			ObjectProvider<ObservationRegistry> observationRegistry) {
		checkFreshness(callback);
		NonceFreshness freshness = new NonceFreshness(callback.getMaxAge(), callback.getMaxClockSkew(), clockOf(clock));
		OneTouchCallbackMetrics callbackMetrics = metrics.getIfUnique();
		ObservationRegistry registry = observationRegistry.getIfUnique();
		return new OneTouchCallbackProcessor(verifier, freshness, nonceStore, eventPublisher::publishEvent,
				(callbackMetrics != null) ? callbackMetrics : OneTouchCallbackMetrics.none(),
				callbackUrl(callback.getUrl()), (registry != null) ? registry : ObservationRegistry.NOOP);
	}

	private static void checkFreshness(OneTouchCallbackProperties callback) {
		if (callback.getMaxAge().isNegative()) {
			throw new InvalidConfigurationPropertyValueException("authy.onetouch.callback.max-age",
					callback.getMaxAge(), "must not be negative");
		}
		if (callback.getMaxClockSkew().isNegative()) {
			throw new InvalidConfigurationPropertyValueException("authy.onetouch.callback.max-clock-skew",
					callback.getMaxClockSkew(), "must not be negative");
		}
	}

	/**
	 * Fails the start on a callback setting that the lazily created verifier and
	 * processor would reject only when the first callback arrives: the settings of the
	 * beans defined here only, since an application's own verifier or processor ignores
	 * them.
	 */
	static void checkCallbackSettings(AuthyProperties properties, OneTouchCallbackProperties callback,
			ObjectProvider<AuthyConnectionDetails> connectionDetails, ListableBeanFactory beanFactory) {
		// By the bean methods' names, which @ConditionalOnMissingBean leaves unregistered
		// when the application has its own: a lookup, where asking by type would scan
		// every bean.
		if (beanFactory.containsBeanDefinition("oneTouchSignatureVerifier")) {
			verificationKeys(properties, callback, connectionDetails);
		}
		if (beanFactory.containsBeanDefinition("oneTouchCallbackProcessor")) {
			checkFreshness(callback);
			callbackUrl(callback.getUrl());
		}
	}

	// Not getIfUnique(Clock::systemUTC): a lambda's call site is linked on the first
	// start, start-up time of every application (docs/benchmarks.md).
	static Clock clockOf(ObjectProvider<Clock> clock) {
		Clock unique = clock.getIfUnique();
		return (unique != null) ? unique : Clock.systemUTC();
	}

	private static String path(OneTouchCallbackProperties callback) {
		String path = callback.getPath();
		if (path == null || !path.startsWith("/")) {
			throw new InvalidConfigurationPropertyValueException("authy.onetouch.callback.path", path,
					"must start with '/'");
		}
		return path;
	}

	private static @Nullable String callbackUrl(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String problem = AuthySettingsValidator.endpointUrlProblem(url.trim());
		if (problem != null) {
			throw new InvalidConfigurationPropertyValueException("authy.onetouch.callback.url",
					AuthySettingsValidator.withoutSecrets(url), problem);
		}
		return url.trim();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass(DispatcherServlet.class)
	static class ServletCallbackConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OneTouchCallbackHandler oneTouchCallbackHandler(AuthyProperties properties, OneTouchCallbackProperties callback,
				ObjectProvider<AuthyConnectionDetails> connectionDetails,
				ObjectProvider<OneTouchCallbackProcessor> processor, ListableBeanFactory beanFactory) {
			checkCallbackSettings(properties, callback, connectionDetails, beanFactory);
			return new OneTouchCallbackHandler(processor::getObject);
		}

		@Bean
		@ConditionalOnMissingBean
		OneTouchCallbackEndpoint oneTouchCallbackEndpoint(OneTouchCallbackProperties callback,
				OneTouchCallbackHandler handler) {
			return new OneTouchCallbackEndpoint(path(callback), handler);
		}

		@Bean
		@ConditionalOnMissingBean(name = "oneTouchCallbackHandlerMapping")
		SimpleUrlHandlerMapping oneTouchCallbackHandlerMapping(OneTouchCallbackEndpoint endpoint) {
			logger.info("OneTouch callbacks mapped to GET and POST '" + endpoint.path() + "'");
			// Every method goes to the handler, which answers 405 itself. Ahead of the
			// application's own mappings, as Boot's actuator endpoints are, so that a
			// controller on the same path cannot take the callbacks.
			return new SimpleUrlHandlerMapping(Map.of(endpoint.path(), endpoint.handler()), HANDLER_MAPPING_ORDER);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	@ConditionalOnClass(RouterFunctions.class)
	static class ReactiveCallbackConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ReactiveOneTouchCallbackHandler reactiveOneTouchCallbackHandler(OneTouchCallbackProcessor processor) {
			return new ReactiveOneTouchCallbackHandler(processor);
		}

		@Bean
		@ConditionalOnMissingBean(name = "oneTouchCallbackRouterFunction")
		RouterFunction<ServerResponse> oneTouchCallbackRouterFunction(OneTouchCallbackProperties callback,
				ReactiveOneTouchCallbackHandler handler) {
			String path = path(callback);
			logger.info("OneTouch callbacks routed to GET and POST '" + path + "'");
			// Every method goes to the handler, which answers 405 itself.
			return RouterFunctions.route(RequestPredicates.path(path), handler);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean(OneTouchCallbackMetrics.class)
		MicrometerOneTouchCallbackMetrics oneTouchCallbackMetrics(MeterRegistry meterRegistry) {
			return new MicrometerOneTouchCallbackMetrics(meterRegistry);
		}

	}

}
