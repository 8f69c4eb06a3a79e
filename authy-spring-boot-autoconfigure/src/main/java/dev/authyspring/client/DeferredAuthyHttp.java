package dev.authyspring.client;

import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.web.client.RestClient;

/**
 * The {@link AuthyHttp} of one client, made when the client makes its first call: the
 * classes of the call path (retries, response mapping, observation) are then not start-up
 * time of every application that has the client as a bean (docs/benchmarks.md).
 */
final class DeferredAuthyHttp {

	private final @Nullable Parts parts;

	private final @Nullable DeferredAuthyHttp origin;

	private final @Nullable RetrySettings retry;

	private volatile @Nullable AuthyHttp http;

	DeferredAuthyHttp(Supplier<RestClient> restClient, String baseUrl, RetrySettings retry,
			@Nullable ObservationRegistry observationRegistry, AuthyHttp.@Nullable Sleeper sleeper, String apiKey,
			Duration callTimeout) {
		this.parts = new Parts(restClient, baseUrl, retry, observationRegistry, sleeper, apiKey, callTimeout);
		this.origin = null;
		this.retry = null;
	}

	private DeferredAuthyHttp(DeferredAuthyHttp origin, RetrySettings retry) {
		this.parts = null;
		this.origin = origin;
		this.retry = retry;
	}

	/**
	 * Returns one that shares this one's HTTP client but retries differently; it is made
	 * on its own first call, too.
	 */
	DeferredAuthyHttp withRetry(RetrySettings retry) {
		return new DeferredAuthyHttp(this, retry);
	}

	AuthyResponse execute(AuthyRequest request) {
		return http().execute(request);
	}

	private AuthyHttp http() {
		AuthyHttp http = this.http;
		if (http == null) {
			synchronized (this) {
				http = this.http;
				if (http == null) {
					http = create();
					this.http = http;
				}
			}
		}
		return http;
	}

	private AuthyHttp create() {
		if (this.origin != null && this.retry != null) {
			return this.origin.http().withRetry(this.retry);
		}
		Parts parts = this.parts;
		if (parts == null) {
			throw new IllegalStateException("neither parts nor an origin");
		}
		return new AuthyHttp(parts.restClient(), parts.baseUrl(), new RetryPolicy(parts.retry()),
				(parts.observationRegistry() != null) ? parts.observationRegistry() : ObservationRegistry.NOOP,
				(parts.sleeper() != null) ? parts.sleeper() : AuthyHttp.Sleeper.THREAD_SLEEP,
				new ResponseReader(new SecretRedaction(parts.apiKey())), parts.callTimeout());
	}

	private record Parts(Supplier<RestClient> restClient, String baseUrl, RetrySettings retry,
			@Nullable ObservationRegistry observationRegistry, AuthyHttp.@Nullable Sleeper sleeper, String apiKey,
			Duration callTimeout) {

		@Override
		public String toString() {
			return "Parts[baseUrl=" + this.baseUrl + ", apiKey=<hidden>]";
		}

	}

}
