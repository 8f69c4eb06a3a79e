package dev.authyspring.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.authyspring.core.internal.AuthySettingsValidator;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.web.client.RestClient;

/**
 * Builds an {@link AuthyClient}. Not thread-safe; never modifies the
 * {@link RestClient.Builder} it is given.
 */
public final class AuthyClientBuilder {

	private @Nullable String apiKey;

	private String baseUrl = AuthyClient.DEFAULT_BASE_URL;

	private RestClient.@Nullable Builder restClientBuilder;

	// Null for the default, chosen on the first call: the builders' classes link against
	// their HTTP libraries, whose loading is start-up time (docs/benchmarks.md).
	private @Nullable ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder;

	private @Nullable SslBundle sslBundle;

	private @Nullable ClassLoader classLoader;

	private Duration connectTimeout = Duration.ofSeconds(5);

	private Duration readTimeout = Duration.ofSeconds(10);

	private Duration callTimeout = Duration.ofSeconds(AuthyClient.DEFAULT_CALL_TIMEOUT_SECONDS);

	private TokenFormat tokenFormat = TokenFormat.DEFAULTS;

	private RetrySettings retry = RetrySettings.DEFAULTS;

	// Null for none: the defaults are set when the client makes its first call, with the
	// rest of the call path (DeferredAuthyHttp).
	private @Nullable ObservationRegistry observationRegistry;

	private AuthyHttp.@Nullable Sleeper sleeper;

	private final List<Consumer<RestClient.Builder>> preparations = new ArrayList<>();

	private final List<Consumer<RestClient.Builder>> customizers = new ArrayList<>();

	AuthyClientBuilder() {
	}

	/**
	 * Sets the API key (required).
	 * @param apiKey the Authy application API key
	 * @return this builder
	 */
	public AuthyClientBuilder apiKey(String apiKey) {
		this.apiKey = apiKey;
		return this;
	}

	/**
	 * Sets the base URL, {@value AuthyClient#DEFAULT_BASE_URL} by default.
	 * @param baseUrl an absolute http or https URL
	 * @return this builder
	 */
	public AuthyClientBuilder baseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
		return this;
	}

	/**
	 * Sets the builder the client's {@link RestClient} starts from, such as Spring
	 * Boot's, so that its observation and customizers apply. It is copied when the client
	 * is built, not modified.
	 * @param restClientBuilder the builder
	 * @return this builder
	 */
	public AuthyClientBuilder restClientBuilder(RestClient.Builder restClientBuilder) {
		this.restClientBuilder = restClientBuilder;
		return this;
	}

	/**
	 * Adds a preparation of the client's {@link RestClient.Builder}, applied before
	 * everything this builder sets, as Spring Boot applies its
	 * {@code RestClientCustomizer}s to its own builder: this builder's request factory,
	 * headers and observation convention win over what it sets. Preparations run when the
	 * client makes its first call, or when it is built if there are {@link #customize
	 * customizations}.
	 * @param preparation the preparation
	 * @return this builder
	 */
	public AuthyClientBuilder prepareRestClientBuilder(Consumer<RestClient.Builder> preparation) {
		this.preparations.add(preparation);
		return this;
	}

	/**
	 * Sets the HTTP client used for Authy calls; by default Apache HttpClient 5 when it
	 * is on the classpath (the starter brings it), else {@code HttpURLConnection}. It is
	 * built with this client's own timeouts and affects no other client. Apache
	 * HttpClient's and Reactor Netty's automatic retries are switched off, whatever the
	 * builder's customizers did, so that no request goes out twice; Jetty never re-sends.
	 * The JDK's {@code HttpURLConnection} ({@code simple()}) and {@code HttpClient}
	 * ({@code jdk()}) re-send a GET after a connection broke, which can send a second SMS
	 * or voice call, and cannot be stopped from doing so.
	 * @param requestFactoryBuilder the request factory builder
	 * @return this builder
	 */
	public AuthyClientBuilder requestFactoryBuilder(ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder) {
		if (requestFactoryBuilder == null) {
			throw new IllegalArgumentException("'requestFactoryBuilder' must not be null");
		}
		this.requestFactoryBuilder = requestFactoryBuilder;
		return this;
	}

	/**
	 * Sets the HTTP client library, set up for Authy calls: for Apache HttpClient 5, a
	 * pool for 64 concurrent calls, as the default has.
	 * @param library the library
	 * @return this builder
	 * @see #requestFactoryBuilder(ClientHttpRequestFactoryBuilder)
	 */
	public AuthyClientBuilder httpClient(HttpClientLibrary library) {
		if (library == null) {
			throw new IllegalArgumentException("'library' must not be null");
		}
		return requestFactoryBuilder(library.requestFactoryBuilder());
	}

	/**
	 * Sets the class loader in which the default HTTP client, Apache HttpClient 5, is
	 * looked for when the client makes its first call: the application's, such as Spring
	 * Boot's auto-configuration sets. This builder's own by default.
	 * @param classLoader the class loader, or {@code null} for this builder's own
	 * @return this builder
	 */
	public AuthyClientBuilder classLoader(@Nullable ClassLoader classLoader) {
		this.classLoader = classLoader;
		return this;
	}

	/**
	 * Sets the SSL bundle (trust material, and a client certificate if it has one) of the
	 * HTTP client, for an Authy URL whose certificate the JVM does not trust, such as a
	 * proxy's.
	 * @param sslBundle the bundle, or {@code null} for the JVM's defaults
	 * @return this builder
	 */
	public AuthyClientBuilder sslBundle(@Nullable SslBundle sslBundle) {
		this.sslBundle = sslBundle;
		return this;
	}

	/**
	 * Sets the time to wait for a connection.
	 * @param connectTimeout a positive duration
	 * @return this builder
	 */
	public AuthyClientBuilder connectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
		return this;
	}

	/**
	 * Sets the time to wait for each read.
	 * @param readTimeout a positive duration
	 * @return this builder
	 */
	public AuthyClientBuilder readTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
		return this;
	}

	/**
	 * Sets the longest time a call may take as a whole, retries and their waits included:
	 * the read timeout bounds each read, and a server that keeps sending a byte within it
	 * could otherwise hold a call for ever. An exchange still running at the deadline is
	 * aborted with Apache HttpClient and {@code HttpURLConnection}; with the other
	 * clients the deadline stops further attempts.
	 * @param callTimeout a positive duration,
	 * {@value AuthyClient#DEFAULT_CALL_TIMEOUT_SECONDS} s by default
	 * @return this builder
	 */
	public AuthyClientBuilder callTimeout(Duration callTimeout) {
		this.callTimeout = callTimeout;
		return this;
	}

	/**
	 * Sets the token format checked before verification.
	 * @param tokenFormat the format
	 * @return this builder
	 */
	public AuthyClientBuilder tokenFormat(TokenFormat tokenFormat) {
		this.tokenFormat = tokenFormat;
		return this;
	}

	/**
	 * Sets the retry settings for calls that may safely be repeated.
	 * @param retry the settings
	 * @return this builder
	 */
	public AuthyClientBuilder retry(RetrySettings retry) {
		this.retry = retry;
		return this;
	}

	/**
	 * Sets the registry for the {@code authy.client.requests} observation.
	 * @param observationRegistry the registry
	 * @return this builder
	 */
	public AuthyClientBuilder observationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = observationRegistry;
		return this;
	}

	/**
	 * Adds a customization of the client's {@link RestClient.Builder}, applied after
	 * everything this builder sets, so it can replace the request factory.
	 * @param customizer the customization
	 * @return this builder
	 */
	public AuthyClientBuilder customize(Consumer<RestClient.Builder> customizer) {
		this.customizers.add(customizer);
		return this;
	}

	AuthyClientBuilder sleeper(AuthyHttp.Sleeper sleeper) {
		this.sleeper = sleeper;
		return this;
	}

	/**
	 * Validates the settings and builds the client. The {@link RestClient} and the HTTP
	 * client under it are built when the client makes its first call; if customizations
	 * were added with {@link #customize}, they and the preparations run now, on the
	 * {@link RestClient.Builder}.
	 * @return the client
	 * @throws IllegalArgumentException naming a missing or invalid setting
	 */
	public AuthyClient build() {
		String key = AuthySettingsValidator.require("apiKey", this.apiKey,
				AuthySettingsValidator.apiKeyProblem(this.apiKey));
		String base = withoutTrailingSlash(AuthySettingsValidator.require("baseUrl", this.baseUrl,
				AuthySettingsValidator.endpointUrlProblem(this.baseUrl)));
		AuthySettingsValidator.require("connectTimeout", this.connectTimeout,
				AuthySettingsValidator.timeoutProblem(this.connectTimeout));
		AuthySettingsValidator.require("readTimeout", this.readTimeout,
				AuthySettingsValidator.timeoutProblem(this.readTimeout));
		AuthySettingsValidator.require("callTimeout", this.callTimeout,
				AuthySettingsValidator.timeoutProblem(this.callTimeout));
		DeferredRequestFactory requestFactory = new DeferredRequestFactory(new RequestFactorySource(
				this.requestFactoryBuilder, this.classLoader, this.connectTimeout, this.readTimeout, this.sslBundle));
		// Copied now: later changes to the given builder do not reach the client.
		RestClientSource restClient = new RestClientSource(
				(this.restClientBuilder != null) ? this.restClientBuilder.clone() : null, this.preparations,
				requestFactory, key, this.customizers);
		if (!this.customizers.isEmpty()) {
			// So that what they bind (a MockRestServiceServer, say) is ready before the
			// first call. Without them, the work waits for the first call (start-up
			// time).
			restClient.configure();
		}
		DeferredAuthyHttp http = new DeferredAuthyHttp(restClient, base, this.retry, this.observationRegistry,
				this.sleeper, key, this.callTimeout);
		return new AuthyClient(base, http, this.tokenFormat, requestFactory);
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
