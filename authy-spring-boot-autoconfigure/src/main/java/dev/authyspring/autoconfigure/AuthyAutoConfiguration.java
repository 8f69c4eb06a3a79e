package dev.authyspring.autoconfigure;

import java.time.Duration;

import dev.authyspring.client.AuthyApps;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.client.AuthyClientBuilder;
import dev.authyspring.client.AuthyOneTouch;
import dev.authyspring.client.AuthyPhones;
import dev.authyspring.client.AuthyTokens;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.HttpClientLibrary;
import dev.authyspring.client.RetrySettings;
import dev.authyspring.client.TokenFormat;
import dev.authyspring.core.internal.AuthySettingsValidator;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the Authy API client. Backs off when neither
 * {@code authy.api-key} has text nor an {@link AuthyConnectionDetails} bean exists.
 */
@AutoConfiguration(after = RestClientAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
				"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
				"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration" })
@ConditionalOnClass(RestClient.class)
@ConditionalOnAuthyConnection
@EnableConfigurationProperties(AuthyProperties.class)
public final class AuthyAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(AuthyConnectionDetails.class)
	PropertiesAuthyConnectionDetails authyConnectionDetails(AuthyProperties properties) {
		return new PropertiesAuthyConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	AuthyClient authyClient(AuthyProperties properties, AuthyConnectionDetails connectionDetails,
			ObjectProvider<RestClientCustomizer> restClientCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<AuthyRestClientCustomizer> customizers, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<HttpClientSettings> httpClientSettings, ResourceLoader resourceLoader) {
		AuthyClientBuilder builder = AuthyClient.builder()
			.apiKey(connectionDetails.getApiKey())
			.baseUrl(connectionDetails.getBaseUrl())
			// Not Boot's RestClient.Builder bean: that is Boot's customizers plus the
			// application's request factory, which the Authy client replaces with its
			// own, and building that factory only to drop it cost about 120 ms of
			// start-up (for the JDK client, an HttpClient and the default SSL context)
			// and left its threads running. The customizers run on the Authy client's
			// builder instead, in the same order, when it makes its first call (or at
			// once when there are AuthyRestClientCustomizers, which run after them).
			.prepareRestClientBuilder((restClientBuilder) -> restClientCustomizers.orderedStream()
				.forEach((customizer) -> customizer.customize(restClientBuilder)))
			.sslBundle(sslBundle(properties, sslBundles, httpClientSettings))
			.connectTimeout(properties.getConnectTimeout())
			.readTimeout(properties.getReadTimeout())
			.callTimeout(properties.getCallTimeout())
			.tokenFormat(tokenFormat(properties.getToken()))
			.retry(retrySettings(properties.getRetry()));
		ObservationRegistry registry = observationRegistry.getIfAvailable();
		if (registry != null) {
			builder.observationRegistry(registry);
		}
		HttpClientLibrary library = properties.getHttpClient().getFactory();
		if (library != null) {
			builder.httpClient(library);
		}
		else {
			// The client's default, Apache HttpClient 5 if the application has it, is
			// chosen and built for the first call: its classes are start-up time
			// otherwise (docs/benchmarks.md).
			builder.classLoader(resourceLoader.getClassLoader());
		}
		customizers.orderedStream().forEach((customizer) -> builder.customize(customizer::customize));
		// Checked here, by the client's rules, to name the property or the bean at fault.
		checkConnection(connectionDetails);
		checkTimeout("authy.connect-timeout", properties.getConnectTimeout());
		checkTimeout("authy.read-timeout", properties.getReadTimeout());
		checkTimeout("authy.call-timeout", properties.getCallTimeout());
		return builder.build();
	}

	private static void checkConnection(AuthyConnectionDetails connectionDetails) {
		String apiKeyProblem = AuthySettingsValidator.apiKeyProblem(connectionDetails.getApiKey());
		if (apiKeyProblem != null) {
			throw invalidConnection(connectionDetails, "authy.api-key", "<hidden>", "an API key", apiKeyProblem);
		}
		String baseUrl = connectionDetails.getBaseUrl();
		String baseUrlProblem = AuthySettingsValidator.endpointUrlProblem(baseUrl);
		if (baseUrlProblem != null) {
			throw invalidConnection(connectionDetails, "authy.base-url", AuthySettingsValidator.withoutSecrets(baseUrl),
					"a base URL", baseUrlProblem);
		}
	}

	private static RuntimeException invalidConnection(AuthyConnectionDetails connectionDetails, String property,
			@Nullable Object value, String setting, String problem) {
		if (connectionDetails instanceof PropertiesAuthyConnectionDetails) {
			return new InvalidConfigurationPropertyValueException(property, value, problem);
		}
		return new IllegalStateException("The AuthyConnectionDetails bean " + connectionDetails.getClass().getName()
				+ " gives " + setting + " that " + problem);
	}

	private static void checkTimeout(String property, Duration timeout) {
		String problem = AuthySettingsValidator.timeoutProblem(timeout);
		if (problem != null) {
			throw new InvalidConfigurationPropertyValueException(property, timeout, problem);
		}
	}

	// Plain methods rather than lambdas where that is as clear: each lambda's call site
	// is linked on the first start, start-up time of every application
	// (docs/benchmarks.md).
	private static TokenFormat tokenFormat(AuthyProperties.Token token) {
		try {
			return new TokenFormat(token.getMinLength(), token.getMaxLength());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException("authy.token.min-length", token.getMinLength(),
					String.valueOf(ex.getMessage()));
		}
	}

	private static RetrySettings retrySettings(AuthyProperties.Retry retry) {
		try {
			return new RetrySettings(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException("authy.retry.max-attempts", retry.getMaxAttempts(),
					String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * The SSL bundle named by {@code authy.http-client.ssl.bundle}, else the one of
	 * Spring Boot's HTTP client settings ({@code spring.http.clients.ssl.bundle}), else
	 * none.
	 */
	private static @Nullable SslBundle sslBundle(AuthyProperties properties, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<HttpClientSettings> httpClientSettings) {
		String name = properties.getHttpClient().getSsl().getBundle();
		if (!StringUtils.hasText(name)) {
			HttpClientSettings global = httpClientSettings.getIfUnique();
			return (global != null) ? global.sslBundle() : null;
		}
		SslBundles bundles = sslBundles.getIfAvailable();
		if (bundles == null) {
			throw new InvalidConfigurationPropertyValueException("authy.http-client.ssl.bundle", name,
					"no SSL bundles are configured (spring.ssl.bundle.*)");
		}
		try {
			return bundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidConfigurationPropertyValueException("authy.http-client.ssl.bundle", name,
					"no SSL bundle of that name is configured (spring.ssl.bundle.*)");
		}
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(AuthyClient.class)
	AuthyUsers authyUsers(AuthyClient authyClient) {
		return authyClient.users();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(AuthyClient.class)
	AuthyTokens authyTokens(AuthyClient authyClient) {
		return authyClient.tokens();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(AuthyClient.class)
	AuthyOneTouch authyOneTouch(AuthyClient authyClient) {
		return authyClient.oneTouch();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(AuthyClient.class)
	AuthyPhones authyPhones(AuthyClient authyClient) {
		return authyClient.phones();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(AuthyClient.class)
	AuthyApps authyApps(AuthyClient authyClient) {
		return authyClient.apps();
	}

}
