package dev.authyspring.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

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

	/** Default of {@link AuthyClientBuilder#callTimeout(Duration)}, in seconds. */
	public static final int DEFAULT_CALL_TIMEOUT_SECONDS = 30;

	private final String baseUrl;

	private final DeferredAuthyHttp http;

	private final TokenFormat tokenFormat;

	private final AuthyUsers users;

	private final AuthyTokens tokens;

	private final AuthyOneTouch oneTouch;

	private final AuthyPhones phones;

	private final AuthyApps apps;

	/** The HTTP client this client built and owns, released by {@link #close()}. */
	private final @Nullable DeferredRequestFactory ownedRequestFactory;

	AuthyClient(String baseUrl, DeferredAuthyHttp http, TokenFormat tokenFormat,
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
	public static AuthyClientBuilder builder() {
		return new AuthyClientBuilder();
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
	 * release). Spring calls it when the context closes. A closed client refuses every
	 * call, as do the copies made with {@code withRetry} that share its HTTP client.
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

}
