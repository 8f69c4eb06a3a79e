package dev.authyspring.autoconfigure;

import java.time.Duration;

import dev.authyspring.client.HttpClientLibrary;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for the Authy API client ({@code authy.*}).
 */
@ConfigurationProperties("authy")
public class AuthyProperties {

	/**
	 * Authy application API key. Sent only in the X-Authy-API-Key header; the
	 * auto-configuration backs off when it is not set.
	 */
	private @Nullable String apiKey;

	/**
	 * Base URL of the Authy API.
	 */
	private String baseUrl = "https://api.authy.com";

	/**
	 * Time to wait for a connection to the Authy API.
	 */
	private Duration connectTimeout = Duration.ofSeconds(5);

	/**
	 * Time to wait for each read from the Authy API.
	 */
	private Duration readTimeout = Duration.ofSeconds(10);

	/**
	 * Longest time an Authy call may take as a whole, retries and their waits included.
	 */
	private Duration callTimeout = Duration.ofSeconds(30);

	private final HttpClient httpClient = new HttpClient();

	private final Token token = new Token();

	private final Retry retry = new Retry();

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public Duration getCallTimeout() {
		return this.callTimeout;
	}

	public void setCallTimeout(Duration callTimeout) {
		this.callTimeout = callTimeout;
	}

	public HttpClient getHttpClient() {
		return this.httpClient;
	}

	public Token getToken() {
		return this.token;
	}

	public Retry getRetry() {
		return this.retry;
	}

	@Override
	public String toString() {
		return "AuthyProperties[baseUrl=" + this.baseUrl + ", apiKey="
				+ ((this.apiKey != null) ? "<hidden>" : "<unset>") + "]";
	}

	/**
	 * HTTP client used for Authy calls only; the application's other clients are not
	 * affected.
	 */
	public static class HttpClient {

		/**
		 * HTTP client library used for Authy calls. By default Apache HttpClient 5, which
		 * the starter brings and which never re-sends a request as the starter sets it
		 * up. 'simple' and 'jdk' (the JDK's clients) re-send a GET after a broken
		 * connection, which can send a second SMS or voice call.
		 */
		private @Nullable HttpClientLibrary factory;

		private final Ssl ssl = new Ssl();

		public @Nullable HttpClientLibrary getFactory() {
			return this.factory;
		}

		public void setFactory(@Nullable HttpClientLibrary factory) {
			this.factory = factory;
		}

		public Ssl getSsl() {
			return this.ssl;
		}

	}

	/**
	 * SSL for Authy calls.
	 */
	public static class Ssl {

		/**
		 * SSL bundle (spring.ssl.bundle.*) for Authy calls. By default the one of
		 * 'spring.http.clients.ssl.bundle', else the JVM's trust store.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * Token format accepted before a verification request is sent.
	 */
	public static class Token {

		/**
		 * Fewest digits a token may have.
		 */
		private int minLength = 6;

		/**
		 * Most digits a token may have.
		 */
		private int maxLength = 12;

		public int getMinLength() {
			return this.minLength;
		}

		public void setMinLength(int minLength) {
			this.minLength = minLength;
		}

		public int getMaxLength() {
			return this.maxLength;
		}

		public void setMaxLength(int maxLength) {
			this.maxLength = maxLength;
		}

	}

	/**
	 * Retries of calls that cannot have a side effect when repeated.
	 */
	public static class Retry {

		/**
		 * Most attempts per call, the first included. 1 disables retries.
		 */
		private int maxAttempts = 3;

		/**
		 * Wait before the first retry; it doubles, with jitter, for each further one.
		 */
		private Duration initialBackoff = Duration.ofMillis(200);

		/**
		 * Longest wait between two attempts, also the cap for a Retry-After header.
		 */
		private Duration maxBackoff = Duration.ofSeconds(2);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

	}

}
