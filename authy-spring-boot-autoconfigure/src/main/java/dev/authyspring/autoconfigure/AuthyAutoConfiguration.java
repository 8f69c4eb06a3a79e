package dev.authyspring.autoconfigure;

import java.util.function.Supplier;

import dev.authyspring.client.AuthyApps;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.client.AuthyOneTouch;
import dev.authyspring.client.AuthyPhones;
import dev.authyspring.client.AuthyTokens;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.HttpComponentsRequestFactories;
import dev.authyspring.client.RetrySettings;
import dev.authyspring.client.TokenFormat;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the Authy API client. Backs off when {@code authy.api-key} is not
 * set.
 */
@AutoConfiguration(after = RestClientAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(RestClient.class)
@ConditionalOnProperty("authy.api-key")
@EnableConfigurationProperties(AuthyProperties.class)
public final class AuthyAutoConfiguration {

	private static final String APACHE_HTTP_CLIENT = "org.apache.hc.client5.http.impl.classic.HttpClients";

	@Bean
	@ConditionalOnMissingBean
	AuthyClient authyClient(AuthyProperties properties, ObjectProvider<RestClientCustomizer> restClientCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<AuthyRestClientCustomizer> customizers, ResourceLoader resourceLoader) {
		// Boot's RestClient.Builder bean is Boot's customizers plus the application's request
		// factory, which the Authy client replaces with its own: building that factory only to
		// drop it cost about 120 ms of start-up (for the JDK client, an HttpClient and the
		// default SSL context) and left its threads running. The customizers are applied to a
		// fresh builder instead, in the same order, when the client makes its first call (or
		// at once when there are AuthyRestClientCustomizers, which run after them).
		Supplier<RestClient.Builder> restClientBuilder = () -> {
			RestClient.Builder builder = RestClient.builder();
			restClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder;
		};
		String apiKey = properties.getApiKey();
		AuthyClient.Builder builder = AuthyClient.builder()
			.apiKey((apiKey != null) ? apiKey : "")
			.baseUrl(properties.getBaseUrl())
			.restClientBuilder(restClientBuilder)
			.requestFactoryBuilder(requestFactoryBuilder(factory(properties, resourceLoader.getClassLoader())))
			.connectTimeout(properties.getConnectTimeout())
			.readTimeout(properties.getReadTimeout())
			.callTimeout(properties.getCallTimeout())
			.tokenFormat(new TokenFormat(properties.getToken().getMinLength(), properties.getToken().getMaxLength()))
			.retry(new RetrySettings(properties.getRetry().getMaxAttempts(), properties.getRetry().getInitialBackoff(),
					properties.getRetry().getMaxBackoff()))
			.observationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
		customizers.orderedStream().forEach((customizer) -> builder.customize(customizer::customize));
		return builder.build();
	}

	/**
	 * The configured HTTP client, else Apache HttpClient 5 if the application has it: it
	 * never re-sends a request, where both JDK clients silently repeat a GET (which can send
	 * an SMS) after a connection breaks, and it measured as fast as HttpURLConnection from four
	 * threads up, with less allocation (docs/benchmarks.md). Its presence means the
	 * application chose it, so using it changes no other client.
	 */
	private static AuthyProperties.Factory factory(AuthyProperties properties, @Nullable ClassLoader classLoader) {
		AuthyProperties.Factory configured = properties.getHttpClient().getFactory();
		if (configured != null) {
			return configured;
		}
		return ClassUtils.isPresent(APACHE_HTTP_CLIENT, classLoader) ? AuthyProperties.Factory.HTTP_COMPONENTS
				: AuthyProperties.Factory.SIMPLE;
	}

	private static ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder(AuthyProperties.Factory factory) {
		return switch (factory) {
			case SIMPLE -> ClientHttpRequestFactoryBuilder.simple();
			case JDK -> ClientHttpRequestFactoryBuilder.jdk();
			case HTTP_COMPONENTS -> HttpComponentsRequestFactories.withoutAutomaticRetries();
			case JETTY -> ClientHttpRequestFactoryBuilder.jetty();
			case REACTOR -> ClientHttpRequestFactoryBuilder.reactor();
		};
	}

	@Bean
	@ConditionalOnMissingBean
	AuthyUsers authyUsers(AuthyClient authyClient) {
		return authyClient.users();
	}

	@Bean
	@ConditionalOnMissingBean
	AuthyTokens authyTokens(AuthyClient authyClient) {
		return authyClient.tokens();
	}

	@Bean
	@ConditionalOnMissingBean
	AuthyOneTouch authyOneTouch(AuthyClient authyClient) {
		return authyClient.oneTouch();
	}

	@Bean
	@ConditionalOnMissingBean
	AuthyPhones authyPhones(AuthyClient authyClient) {
		return authyClient.phones();
	}

	@Bean
	@ConditionalOnMissingBean
	AuthyApps authyApps(AuthyClient authyClient) {
		return authyClient.apps();
	}

}
