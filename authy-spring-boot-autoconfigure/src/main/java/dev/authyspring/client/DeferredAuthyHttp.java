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

	private final Parts parts;

	private volatile @Nullable AuthyHttp http;

	DeferredAuthyHttp(Supplier<RestClient> restClient, String baseUrl, RetrySettings retry,
			@Nullable ObservationRegistry observationRegistry, AuthyHttp.@Nullable Sleeper sleeper, String apiKey,
			Duration callTimeout) {
		this(new Parts(restClient, baseUrl, retry, observationRegistry, sleeper, apiKey, callTimeout));
	}

	private DeferredAuthyHttp(Parts parts) {
		this.parts = parts;
	}

	/**
	 * Returns one that shares this one's HTTP client (the same {@code RestClient} source)
	 * but retries differently; it is made on its own first call, too.
	 */
	DeferredAuthyHttp withRetry(RetrySettings retry) {
		return new DeferredAuthyHttp(this.parts.withRetry(retry));
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
					http = create(this.parts);
					this.http = http;
				}
			}
		}
		return http;
	}

	private static AuthyHttp create(Parts parts) {
		return new AuthyHttp(parts.restClient(), parts.baseUrl(), new RetryPolicy(parts.retry()),
				(parts.observationRegistry() != null) ? parts.observationRegistry() : ObservationRegistry.NOOP,
				(parts.sleeper() != null) ? parts.sleeper() : AuthyHttp.Sleeper.THREAD_SLEEP,
				new ResponseReader(new SecretRedaction(parts.apiKey())), parts.callTimeout());
	}

	private record Parts(Supplier<RestClient> restClient, String baseUrl, RetrySettings retry,
			@Nullable ObservationRegistry observationRegistry, AuthyHttp.@Nullable Sleeper sleeper, String apiKey,
			Duration callTimeout) {

		Parts withRetry(RetrySettings retry) {
			return new Parts(this.restClient, this.baseUrl, retry, this.observationRegistry, this.sleeper, this.apiKey,
					this.callTimeout);
		}

		@Override
		public String toString() {
			return "Parts[baseUrl=" + this.baseUrl + ", apiKey=<hidden>]";
		}

	}

}
