package dev.authyspring.autoconfigure;

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

	@Bean
	@ConditionalOnMissingBean
	AuthyClient authyClient(AuthyProperties properties, ObjectProvider<RestClientCustomizer> restClientCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<AuthyRestClientCustomizer> customizers) {
		// Boot's RestClient.Builder bean is Boot's customizers plus the application's request
		// factory, which the Authy client replaces with its own: building that factory only to
		// drop it cost about 120 ms of start-up (for the JDK client, an HttpClient and the
		// default SSL context) and left its threads running. The customizers are applied to a
		// fresh builder instead, in the same order.
		RestClient.Builder restClientBuilder = RestClient.builder();
		restClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(restClientBuilder));
		String apiKey = properties.getApiKey();
		AuthyClient.Builder builder = AuthyClient.builder()
			.apiKey((apiKey != null) ? apiKey : "")
			.baseUrl(properties.getBaseUrl())
			.restClientBuilder(restClientBuilder)
			.requestFactoryBuilder(requestFactoryBuilder(properties.getHttpClient().getFactory()))
			.connectTimeout(properties.getConnectTimeout())
			.readTimeout(properties.getReadTimeout())
			.tokenFormat(new TokenFormat(properties.getToken().getMinLength(), properties.getToken().getMaxLength()))
			.retry(new RetrySettings(properties.getRetry().getMaxAttempts(), properties.getRetry().getInitialBackoff(),
					properties.getRetry().getMaxBackoff()))
			.observationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
		customizers.orderedStream().forEach((customizer) -> builder.customize(customizer::customize));
		return builder.build();
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
