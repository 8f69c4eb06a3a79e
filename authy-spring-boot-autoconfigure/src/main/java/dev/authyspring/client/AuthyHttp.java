package dev.authyspring.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends one Authy call: repeats an attempt where its {@link RetryPolicy} allows, within
 * the call timeout, has the {@link ResponseReader} map the answer to a result or an
 * exception, and records the {@code authy.client.requests} observation and a DEBUG line
 * per attempt without personal data.
 */
final class AuthyHttp {

	static final String OBSERVATION_NAME = "authy.client.requests";

	private static final Log logger = LogFactory.getLog(AuthyHttp.class);

	private static final byte[] EMPTY_JSON = "{}".getBytes(StandardCharsets.UTF_8);

	private final Supplier<RestClient> restClient;

	private final String baseUrl;

	private final RetryPolicy retry;

	private final ObservationRegistry observationRegistry;

	private final Sleeper sleeper;

	private final ResponseReader reader;

	private final Duration callTimeout;

	AuthyHttp(Supplier<RestClient> restClient, String baseUrl, RetryPolicy retry,
			ObservationRegistry observationRegistry, Sleeper sleeper, ResponseReader reader, Duration callTimeout) {
		this.restClient = restClient;
		this.baseUrl = baseUrl;
		this.retry = retry;
		this.observationRegistry = observationRegistry;
		this.sleeper = sleeper;
		this.reader = reader;
		this.callTimeout = callTimeout;
	}

	/**
	 * Sends the request and returns an answer that its classifier did not call an error.
	 * @throws AuthyApiException for an error answer
	 * @throws AuthyTransportException when no usable answer came back
	 */
	AuthyResponse execute(AuthyRequest request) {
		Observation observation = Observation.createNotStarted(OBSERVATION_NAME, this.observationRegistry)
			.contextualName("authy " + request.operation())
			.lowCardinalityKeyValue("authy.operation", request.operation());
		observation.start();
		Outcome outcome = Outcome.ERROR;
		String errorCode = "none";
		try (Observation.Scope scope = observation.openScope()) {
			AuthyResponse response = send(request);
			outcome = response.outcome();
			String code = JsonFields.text(response.body(), "error_code");
			if (code != null) {
				errorCode = code;
			}
			if (outcome == Outcome.ERROR) {
				throw this.reader.apiException(request.operation(), response.status(), response.body());
			}
			return response;
		}
		catch (AuthyApiException ex) {
			observation.error(ex);
			throw ex;
		}
		catch (AuthyTransportException ex) {
			errorCode = "transport";
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.lowCardinalityKeyValue("outcome", outcome.tag());
			observation.lowCardinalityKeyValue("error.code", errorCode);
			observation.stop();
		}
	}

	private AuthyResponse send(AuthyRequest request) {
		byte[] body = encodeBody(request);
		long deadline = System.nanoTime() + this.callTimeout.toNanos();
		for (int attempt = 1;; attempt++) {
			long start = System.nanoTime();
			RawResponse raw;
			try (CallDeadline.Attempt bounded = CallDeadline.start(Duration.ofNanos(Math.max(1, deadline - start)))) {
				try {
					raw = exchange(request, body);
				}
				catch (RestClientException ex) {
					if (bounded.expired()) {
						log(request, attempt, start, "aborted at the call timeout");
						throw new AuthyTransportException(request.operation(),
								"no answer within the call timeout of " + this.callTimeout.toMillis() + " ms", null);
					}
					log(request, attempt, start, "failed: " + describe(ex));
					Duration wait = this.retry.afterFailure(ex, attempt);
					if (wait != null && fits(deadline, wait)) {
						pause(request, wait);
						continue;
					}
					throw new AuthyTransportException(request.operation(), describe(ex), null);
				}
				catch (ClientUnusableException ex) {
					throw ex;
				}
				catch (RuntimeException ex) {
					// An HTTP library's own unchecked failure, such as Apache
					// HttpClient's "Endpoint not acquired" when the call timeout aborts a
					// request while it leases a connection: the request may have gone
					// out, so it is not retried. Its message may quote the request's URI,
					// and so a token: only its type is kept.
					if (bounded.expired()) {
						log(request, attempt, start, "aborted at the call timeout");
						throw new AuthyTransportException(request.operation(),
								"no answer within the call timeout of " + this.callTimeout.toMillis() + " ms", null);
					}
					log(request, attempt, start, "failed in the HTTP client: " + ex.getClass().getName());
					throw new AuthyTransportException(request.operation(),
							"the HTTP client failed (" + ex.getClass().getName() + ")", null);
				}
			}
			log(request, attempt, start, "HTTP " + raw.status());
			Duration wait = this.retry.afterAnswer(request.kind(), raw.status(), raw.retryAfter(), attempt);
			if (wait != null && fits(deadline, wait)) {
				pause(request, wait);
				continue;
			}
			return this.reader.read(request, raw.status(), raw.body());
		}
	}

	/**
	 * Whether a wait, and at least a moment for another attempt, still fit before the
	 * deadline.
	 */
	private static boolean fits(long deadline, Duration wait) {
		return System.nanoTime() + wait.toNanos() < deadline;
	}

	/**
	 * Every POST carries a JSON body, {@code {}} at least: a bodiless POST would go out
	 * labelled as a form, and HttpURLConnection silently re-sends a POST it did not
	 * stream.
	 */
	private byte @Nullable [] encodeBody(AuthyRequest request) {
		if (request.body() != null) {
			return JsonMapper.shared().writeValueAsBytes(request.body());
		}
		return (request.method() == HttpMethod.POST) ? EMPTY_JSON : null;
	}

	private RawResponse exchange(AuthyRequest request, byte @Nullable [] body) {
		// The base URL was checked and the path encoded (AuthyRequest.uri()); the
		// absolute URI they make is used as it is, with no template expanded per call.
		RestClient.RequestBodySpec spec = this.restClient.get()
			.method(request.method())
			.uri(URI.create(this.baseUrl + request.uri()));
		if (body != null) {
			spec.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		RawResponse raw = spec.exchange((httpRequest, httpResponse) -> {
			int status;
			try {
				status = httpResponse.getStatusCode().value();
			}
			catch (IllegalArgumentException ex) {
				throw new IOException("answer is not an HTTP response");
			}
			// Converting the response headers costs on every call; only a retry needs
			// one.
			String retryAfter = RetryPolicy.isRetryableStatus(status)
					? httpResponse.getHeaders().getFirst("Retry-After") : null;
			return new RawResponse(status, retryAfter, ResponseReader.readBounded(httpResponse.getBody()));
		});
		if (raw == null) {
			throw new IllegalStateException("no response");
		}
		return raw;
	}

	/**
	 * Describes a failure without the messages of the underlying exceptions, which may
	 * quote the request URL and so a token.
	 */
	private static String describe(Throwable failure) {
		if (RetryPolicy.neverSent(failure)) {
			return "could not connect to Authy";
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException
					|| cause instanceof InterruptedIOException) {
				return "no answer within the read timeout";
			}
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "I/O error (" + root.getClass().getName() + ")";
	}

	private void pause(AuthyRequest request, Duration wait) {
		try {
			this.sleeper.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AuthyTransportException(request.operation(), "interrupted while waiting to retry", ex);
		}
	}

	private static void log(AuthyRequest request, int attempt, long startNanos, String result) {
		if (logger.isDebugEnabled()) {
			long millis = (System.nanoTime() - startNanos) / 1_000_000;
			logger.debug(
					"Authy " + request.operation() + " " + result + " in " + millis + " ms (attempt " + attempt + ")");
		}
	}

	/**
	 * Waits between attempts; replaceable so that tests need not sleep.
	 */
	@FunctionalInterface
	interface Sleeper {

		// A class, not a lambda: linking a lambda's call site is start-up time.
		Sleeper THREAD_SLEEP = new ThreadSleep();

		void sleep(Duration duration) throws InterruptedException;

	}

	private static final class ThreadSleep implements Sleeper {

		@Override
		public void sleep(Duration duration) throws InterruptedException {
			Thread.sleep(duration.toMillis());
		}

	}

	private record RawResponse(int status, @Nullable String retryAfter, byte[] body) {
	}

}
