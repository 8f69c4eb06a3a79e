package dev.authyspring.client;

import dev.authyspring.core.internal.Masking;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends one Authy call: retries only where a repeat cannot harm, maps answers to results
 * or exceptions, records the {@code authy.client.requests} observation and a DEBUG line
 * without personal data.
 */
final class AuthyHttp {

	static final String OBSERVATION_NAME = "authy.client.requests";

	private static final Log logger = LogFactory.getLog(AuthyHttp.class);

	private static final int MAX_BODY_BYTES = 1024 * 1024;

	private static final int EXCERPT_LENGTH = 120;

	/** Most Authy answers are a few hundred bytes. */
	private static final int INITIAL_BODY_BUFFER = 512;

	private static final byte[] EMPTY_JSON = "{}".getBytes(StandardCharsets.UTF_8);

	private final Supplier<RestClient> restClient;

	private final String baseUrl;

	private final RetrySettings retry;

	private final ObservationRegistry observationRegistry;

	private final Sleeper sleeper;

	private final SecretRedaction redaction;

	private final Duration callTimeout;

	AuthyHttp(Supplier<RestClient> restClient, String baseUrl, RetrySettings retry,
			ObservationRegistry observationRegistry, Sleeper sleeper, SecretRedaction redaction, Duration callTimeout) {
		this.restClient = restClient;
		this.baseUrl = baseUrl;
		this.retry = retry;
		this.observationRegistry = observationRegistry;
		this.sleeper = sleeper;
		this.redaction = redaction;
		this.callTimeout = callTimeout;
	}

	AuthyHttp withRetry(RetrySettings retry) {
		return new AuthyHttp(this.restClient, this.baseUrl, retry, this.observationRegistry, this.sleeper,
				this.redaction, this.callTimeout);
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
				throw apiException(request.operation(), response.status(), response.body(), this.redaction);
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
					boolean neverSent = neverSent(ex);
					log(request, attempt, start, "failed: " + describe(ex));
					Duration wait = backoff(attempt);
					if (neverSent && attempt < this.retry.maxAttempts() && fits(deadline, wait)) {
						pause(request, wait);
						continue;
					}
					throw new AuthyTransportException(request.operation(), describe(ex), null);
				}
			}
			log(request, attempt, start, "HTTP " + raw.status());
			if (request.kind() == CallKind.READ && isRetryableStatus(raw.status())
					&& attempt < this.retry.maxAttempts()) {
				Duration wait = retryAfterOrBackoff(raw.retryAfter(), attempt);
				if (wait != null && fits(deadline, wait)) {
					pause(request, wait);
					continue;
				}
			}
			return parse(request, raw);
		}
	}

	/** Whether a wait, and at least a moment for another attempt, still fit before the deadline. */
	private static boolean fits(long deadline, Duration wait) {
		return System.nanoTime() + wait.toNanos() < deadline;
	}

	/**
	 * Every POST carries a JSON body, {@code {}} at least: a bodiless POST would go out
	 * labelled as a form, and HttpURLConnection silently re-sends a POST it did not stream.
	 */
	private byte @Nullable [] encodeBody(AuthyRequest request) {
		if (request.body() != null) {
			return JsonMapper.shared().writeValueAsBytes(request.body());
		}
		return (request.method() == HttpMethod.POST) ? EMPTY_JSON : null;
	}

	private RawResponse exchange(AuthyRequest request, byte @Nullable [] body) {
		// An absolute URI is used as it is: no template expansion per call.
		RestClient.RequestBodySpec spec = this.restClient.get().method(request.method())
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
			// Converting the response headers costs on every call; only a retry needs one.
			String retryAfter = isRetryableStatus(status) ? httpResponse.getHeaders().getFirst("Retry-After") : null;
			return new RawResponse(status, retryAfter,
					readBounded(httpResponse.getBody()));
		});
		if (raw == null) {
			throw new IllegalStateException("no response");
		}
		return raw;
	}

	/**
	 * Reads the body, at most {@link #MAX_BODY_BYTES}. {@code readNBytes(int)} would
	 * allocate an 8 KiB buffer per call for bodies of a few hundred bytes, so the buffer
	 * starts small and grows only when needed.
	 */
	static byte[] readBounded(InputStream body) throws IOException {
		byte[] buffer = new byte[INITIAL_BODY_BUFFER];
		int length = 0;
		int read;
		while ((read = body.read(buffer, length, buffer.length - length)) >= 0) {
			length += read;
			if (length > MAX_BODY_BYTES) {
				throw new IOException("response body larger than " + MAX_BODY_BYTES + " bytes");
			}
			if (length == buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_BODY_BYTES + 1));
			}
		}
		return (length == buffer.length) ? buffer : Arrays.copyOf(buffer, length);
	}

	private AuthyResponse parse(AuthyRequest request, RawResponse raw) {
		String operation = request.operation();
		JsonNode json = readJson(raw.body());
		if (json == null || !json.isObject()) {
			if (raw.status() == 200) {
				throw new AuthyTransportException(operation,
						"unreadable response (HTTP 200 but " + excerpt(raw.body(), this.redaction) + ")", null);
			}
			throw new AuthyApiException(operation, raw.status(), null, excerpt(raw.body(), this.redaction), Map.of());
		}
		return new AuthyResponse(raw.status(), json, request.classifier().classify(raw.status(), json));
	}

	private @Nullable JsonNode readJson(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			return JsonMapper.shared().readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	static AuthyApiException apiException(String operation, int status, JsonNode body, SecretRedaction redaction) {
		String message = Masking.personalDataIn(redaction.apply(JsonFields.message(body)));
		return new AuthyApiException(operation, status, JsonFields.text(body, "error_code"), message,
				fieldErrors(body, redaction));
	}

	private static Map<String, String> fieldErrors(JsonNode body, SecretRedaction redaction) {
		Map<String, String> errors = new LinkedHashMap<>();
		JsonNode nested = JsonFields.child(body, "errors");
		if (nested != null && nested.isObject()) {
			nested.properties().forEach((entry) -> {
				if (!"message".equals(entry.getKey()) && !entry.getValue().isContainer()) {
					errors.put(entry.getKey(), Masking.personalDataIn(redaction.apply(entry.getValue().asString())));
				}
			});
		}
		body.properties().forEach((entry) -> {
			JsonNode value = entry.getValue();
			if (value.isString() && value.stringValue().startsWith("is ") && !"token".equals(entry.getKey())) {
				errors.putIfAbsent(entry.getKey(), Masking.personalDataIn(redaction.apply(value.stringValue())));
			}
		});
		return errors;
	}

	private static String excerpt(byte[] body, SecretRedaction redaction) {
		if (body.length == 0) {
			return "an empty body";
		}
		// Redacted before it is cut, so that no prefix of the key survives at the cut. A proxy
		// page may echo the request, and with it the X-Authy-API-Key header.
		String text = redaction.apply(new String(body, StandardCharsets.UTF_8)).replaceAll("\\s+", " ").trim();
		if (text.length() > EXCERPT_LENGTH) {
			text = text.substring(0, EXCERPT_LENGTH) + "...";
		}
		// An error page may quote the request path, and with it a token.
		return "body '" + Masking.emailsIn(Masking.digitRunsIn(text)) + "'";
	}

	private static boolean isRetryableStatus(int status) {
		return status == 429 || status == 502 || status == 503 || status == 504;
	}

	/**
	 * Whether the request provably never reached the server: the connection was refused or
	 * could not be established.
	 */
	static boolean neverSent(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException || cause instanceof HttpConnectTimeoutException
					|| cause.getClass().getSimpleName().equals("ConnectTimeoutException")) {
				return true;
			}
			if (cause instanceof SocketTimeoutException && cause.getMessage() != null
					&& cause.getMessage().toLowerCase(Locale.ROOT).contains("connect")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Describes a failure without the messages of the underlying exceptions, which may
	 * quote the request URL and so a token.
	 */
	private static String describe(Throwable failure) {
		if (neverSent(failure)) {
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

	private Duration backoff(int attempt) {
		long initial = this.retry.initialBackoff().toMillis();
		long max = this.retry.maxBackoff().toMillis();
		long exponential = Math.min(max, initial << Math.min(attempt - 1, 20));
		long half = exponential / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(exponential - half + 1));
	}

	/**
	 * Returns the wait before a retry, or {@code null} when the server asked for a longer
	 * wait than {@code max-backoff} and the call should fail now instead.
	 */
	private @Nullable Duration retryAfterOrBackoff(@Nullable String retryAfter, int attempt) {
		Duration requested = parseRetryAfter(retryAfter);
		if (requested == null) {
			return backoff(attempt);
		}
		return (requested.compareTo(this.retry.maxBackoff()) <= 0) ? requested : null;
	}

	static @Nullable Duration parseRetryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			long seconds = Long.parseLong(trimmed);
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			// Not delta-seconds: try an HTTP date.
		}
		try {
			Instant when = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(Instant.now(), when);
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
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
			logger.debug("Authy " + request.operation() + " " + result + " in " + millis + " ms (attempt " + attempt
					+ ")");
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
