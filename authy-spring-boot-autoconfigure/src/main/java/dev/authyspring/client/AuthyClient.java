package dev.authyspring.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Entry point to the Authy API: {@link #users()}, {@link #tokens()}, {@link #oneTouch()},
 * {@link #phones()} and {@link #apps()}. Immutable and thread-safe; build one per API key
 * with {@link #builder()}.
 */
public final class AuthyClient implements AutoCloseable {

	/** Header that carries the API key, the only place it is ever sent. */
	public static final String API_KEY_HEADER = "X-Authy-API-Key";

	/** Base URL of the production Authy API. */
	public static final String DEFAULT_BASE_URL = "https://api.authy.com";

	/** Default of {@link Builder#callTimeout(Duration)}, in seconds. */
	public static final int DEFAULT_CALL_TIMEOUT_SECONDS = 30;

	private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(DEFAULT_CALL_TIMEOUT_SECONDS);

	private final String baseUrl;

	private final AuthyHttp http;

	private final TokenFormat tokenFormat;

	private final AuthyUsers users;

	private final AuthyTokens tokens;

	private final AuthyOneTouch oneTouch;

	private final AuthyPhones phones;

	private final AuthyApps apps;

	/** The HTTP client this client built and owns, released by {@link #close()}. */
	private final @Nullable DeferredRequestFactory ownedRequestFactory;

	private AuthyClient(String baseUrl, AuthyHttp http, TokenFormat tokenFormat,
			@Nullable DeferredRequestFactory ownedRequestFactory) {
		this.baseUrl = baseUrl;
		this.ownedRequestFactory = ownedRequestFactory;
		this.http = http;
		this.tokenFormat = tokenFormat;
		this.users = new DefaultAuthyUsers(http);
		this.tokens = new DefaultAuthyTokens(http, tokenFormat);
		this.oneTouch = new DefaultAuthyOneTouch(http);
		this.phones = new DefaultAuthyPhones(http);
		this.apps = new DefaultAuthyApps(http);
	}

	/**
	 * Starts building a client.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	public AuthyUsers users() {
		return this.users;
	}

	public AuthyTokens tokens() {
		return this.tokens;
	}

	public AuthyOneTouch oneTouch() {
		return this.oneTouch;
	}

	public AuthyPhones phones() {
		return this.phones;
	}

	public AuthyApps apps() {
		return this.apps;
	}

	/**
	 * Returns a client that shares this one's connections and settings but retries
	 * differently, such as {@link RetrySettings#NONE} for a health check that must answer
	 * within one read timeout.
	 * @param retry the retry settings
	 * @return a new client
	 */
	public AuthyClient withRetry(RetrySettings retry) {
		// The copy shares this client's connections and does not own them.
		return new AuthyClient(this.baseUrl, this.http.withRetry(retry), this.tokenFormat, null);
	}

	/**
	 * Returns the base URL the client talks to.
	 * @return the base URL
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Releases the connections and threads of the HTTP client this client built (Apache
	 * HttpClient and Jetty keep a pool and threads; HttpURLConnection holds nothing to
	 * release). Spring calls it when the context closes. A client closed before its first
	 * call cannot be used.
	 */
	@Override
	public void close() {
		if (this.ownedRequestFactory != null) {
			this.ownedRequestFactory.close();
		}
	}

	@Override
	public String toString() {
		return "AuthyClient[baseUrl=" + this.baseUrl + ", apiKey=<hidden>]";
	}

	/**
	 * Builds an {@link AuthyClient}. Not thread-safe; never modifies the
	 * {@link RestClient.Builder} it is given.
	 */
	public static final class Builder {

		private @Nullable String apiKey;

		private String baseUrl = DEFAULT_BASE_URL;

		private RestClient.@Nullable Builder restClientBuilder;

		private @Nullable Supplier<RestClient.Builder> restClientBuilderSupplier;

		// Null for the default, chosen on the first call: the builders' classes link against
		// their HTTP libraries, whose loading is start-up time (docs/benchmarks.md).
		private @Nullable ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder;

		private @Nullable SslBundle sslBundle;

		private @Nullable ClassLoader classLoader;

		private Duration connectTimeout = Duration.ofSeconds(5);

		private Duration readTimeout = Duration.ofSeconds(10);

		private Duration callTimeout = DEFAULT_CALL_TIMEOUT;

		private TokenFormat tokenFormat = TokenFormat.DEFAULTS;

		private RetrySettings retry = RetrySettings.DEFAULTS;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private AuthyHttp.Sleeper sleeper = AuthyHttp.Sleeper.THREAD_SLEEP;

		private final List<Consumer<RestClient.Builder>> customizers = new ArrayList<>();

		private Builder() {
		}

		/**
		 * Sets the API key (required).
		 * @param apiKey the Authy application API key
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * Sets the base URL, {@value AuthyClient#DEFAULT_BASE_URL} by default.
		 * @param baseUrl an absolute http or https URL
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
			return this;
		}

		/**
		 * Sets the builder the client's {@link RestClient} starts from, such as Spring Boot's,
		 * so that its observation and customizers apply. It is cloned, not modified.
		 * @param restClientBuilder the builder
		 * @return this builder
		 */
		public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
			this.restClientBuilder = restClientBuilder;
			this.restClientBuilderSupplier = null;
			return this;
		}

		/**
		 * Sets where the builder the client's {@link RestClient} starts from comes from, asked
		 * once, when the client makes its first call (or when it is built if
		 * {@link #customize customizations} were added). The builder it returns becomes the
		 * client's own: it is configured for Authy, not cloned.
		 * @param restClientBuilder supplies the builder
		 * @return this builder
		 */
		public Builder restClientBuilder(Supplier<RestClient.Builder> restClientBuilder) {
			this.restClientBuilderSupplier = restClientBuilder;
			this.restClientBuilder = null;
			return this;
		}

		/**
		 * Sets the HTTP client used for Authy calls; by default Apache HttpClient 5 when it
		 * is on the classpath (the starter brings it), else {@code HttpURLConnection}. It is
		 * built with this client's own timeouts and affects no other client. Apache
		 * HttpClient's and Reactor Netty's automatic retries are switched off, whatever the
		 * builder's customizers did, so that no request goes out twice; Jetty never re-sends.
		 * The JDK's {@code HttpURLConnection} ({@code simple()}) and {@code HttpClient}
		 * ({@code jdk()}) re-send a GET after a connection broke, which can send a second
		 * SMS or voice call, and cannot be stopped from doing so.
		 * @param requestFactoryBuilder the request factory builder
		 * @return this builder
		 */
		public Builder requestFactoryBuilder(ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder) {
			if (requestFactoryBuilder == null) {
				throw new IllegalArgumentException("'requestFactoryBuilder' must not be null");
			}
			this.requestFactoryBuilder = requestFactoryBuilder;
			return this;
		}

		/**
		 * Sets the class loader in which the default HTTP client, Apache HttpClient 5, is
		 * looked for when the client makes its first call: the application's, such as Spring
		 * Boot's auto-configuration sets. This builder's own by default.
		 * @param classLoader the class loader, or {@code null} for this builder's own
		 * @return this builder
		 */
		public Builder classLoader(@Nullable ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		/**
		 * Sets the SSL bundle (trust material, and a client certificate if it has one) of
		 * the HTTP client, for an Authy URL whose certificate the JVM does not trust, such
		 * as a proxy's.
		 * @param sslBundle the bundle, or {@code null} for the JVM's defaults
		 * @return this builder
		 */
		public Builder sslBundle(@Nullable SslBundle sslBundle) {
			this.sslBundle = sslBundle;
			return this;
		}

		/**
		 * Sets the time to wait for a connection.
		 * @param connectTimeout a positive duration
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
			return this;
		}

		/**
		 * Sets the time to wait for each read.
		 * @param readTimeout a positive duration
		 * @return this builder
		 */
		public Builder readTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
			return this;
		}

		/**
		 * Sets the longest time a call may take as a whole, retries and their waits
		 * included: the read timeout bounds each read, and a server that keeps sending a
		 * byte within it could otherwise hold a call for ever. An exchange still running at
		 * the deadline is aborted with Apache HttpClient and {@code HttpURLConnection};
		 * with the other clients the deadline stops further attempts.
		 * @param callTimeout a positive duration, {@value #DEFAULT_CALL_TIMEOUT_SECONDS} s by
		 * default
		 * @return this builder
		 */
		public Builder callTimeout(Duration callTimeout) {
			this.callTimeout = callTimeout;
			return this;
		}

		/**
		 * Sets the token format checked before verification.
		 * @param tokenFormat the format
		 * @return this builder
		 */
		public Builder tokenFormat(TokenFormat tokenFormat) {
			this.tokenFormat = tokenFormat;
			return this;
		}

		/**
		 * Sets the retry settings for calls that may safely be repeated.
		 * @param retry the settings
		 * @return this builder
		 */
		public Builder retry(RetrySettings retry) {
			this.retry = retry;
			return this;
		}

		/**
		 * Sets the registry for the {@code authy.client.requests} observation.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * Adds a customization of the client's {@link RestClient.Builder}, applied after
		 * everything this builder sets, so it can replace the request factory.
		 * @param customizer the customization
		 * @return this builder
		 */
		public Builder customize(Consumer<RestClient.Builder> customizer) {
			this.customizers.add(customizer);
			return this;
		}

		Builder sleeper(AuthyHttp.Sleeper sleeper) {
			this.sleeper = sleeper;
			return this;
		}

		/**
		 * Validates the settings and builds the client. The {@link RestClient} and the HTTP
		 * client under it are built when the client makes its first call; customizations
		 * added with {@link #customize} run now, on the {@link RestClient.Builder}.
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
			DeferredRequestFactory requestFactory = new DeferredRequestFactory(
					new RequestFactorySource(this.requestFactoryBuilder, this.classLoader, this.connectTimeout,
							this.readTimeout, this.sslBundle));
			Supplier<RestClient.Builder> source = restClientBuilderSource();
			List<Consumer<RestClient.Builder>> customizations = List.copyOf(this.customizers);
			Supplier<RestClient.Builder> configured = () -> configure(source.get(), requestFactory, key, customizations);
			Supplier<RestClient> restClient;
			if (customizations.isEmpty()) {
				// Nothing to run now: the RestClient.Builder, Boot's customizers and the
				// observation convention wait for the first call (start-up time,
				// docs/benchmarks.md).
				restClient = SingletonSupplier.of(() -> {
					try {
						return configured.get().build();
					}
					catch (RuntimeException ex) {
						// A customizer that fails now fails the call, with its cause named.
						throw new IllegalStateException("Could not build the Authy client's RestClient: " + ex, ex);
					}
				});
			}
			else {
				// Customizations run now, so that what they bind (a MockRestServiceServer, say) is
				// ready before the first call.
				RestClient.Builder builder = configured.get();
				restClient = SingletonSupplier.of(builder::build);
			}
			AuthyHttp http = new AuthyHttp(restClient, base, new RetryPolicy(this.retry), this.observationRegistry,
					this.sleeper, new ResponseReader(new SecretRedaction(key)), this.callTimeout);
			return new AuthyClient(base, http, this.tokenFormat, requestFactory);
		}

		private Supplier<RestClient.Builder> restClientBuilderSource() {
			if (this.restClientBuilder != null) {
				// Cloned now: later changes to the given builder do not reach the client.
				RestClient.Builder copy = this.restClientBuilder.clone();
				return () -> copy;
			}
			return (this.restClientBuilderSupplier != null) ? this.restClientBuilderSupplier : RestClient::builder;
		}

		private static RestClient.Builder configure(RestClient.Builder builder, ClientHttpRequestFactory requestFactory,
				String key, List<Consumer<RestClient.Builder>> customizations) {
			builder.requestFactory(requestFactory);
			builder.defaultHeaders((headers) -> {
				headers.set(API_KEY_HEADER, key);
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
				headers.set(HttpHeaders.USER_AGENT, "authy-spring-boot (Java " + Runtime.version().feature() + ")");
			});
			// Tokens, ids and phone numbers are in Authy's URLs: keep them out of observations.
			builder.observationConvention(new AuthyClientRequestObservationConvention());
			customizations.forEach((customization) -> customization.accept(builder));
			return builder;
		}

		private static String withoutTrailingSlash(String url) {
			return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		}

	}

}
