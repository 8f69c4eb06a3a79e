package dev.authyspring.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether an attempt of an Authy call is repeated, and after what wait. A request
 * that may have reached Authy is never repeated unless the call is a {@link CallKind#READ
 * read}: it may have sent an SMS, a voice call or a push, which cannot be taken back. So
 * a read is repeated after 429, 502, 503 or 504, and any call after a failure that proves
 * the request never left; the wait is the server's {@code Retry-After}, or a jittered
 * exponential backoff.
 */
final class RetryPolicy {

	private final RetrySettings settings;

	private final Clock clock;

	RetryPolicy(RetrySettings settings) {
		this(settings, Clock.systemUTC());
	}

	/**
	 * Creates a policy.
	 * @param settings the attempts and waits
	 * @param clock the clock a {@code Retry-After} date is compared with
	 */
	RetryPolicy(RetrySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Returns the wait before another attempt of a call whose attempt failed without an
	 * answer.
	 * @param failure why the attempt failed
	 * @param attempt the number of the attempt that failed, from 1
	 * @return the wait, or {@code null} if the call must fail now
	 */
	@Nullable Duration afterFailure(Throwable failure, int attempt) {
		if (!neverSent(failure) || attempt >= this.settings.maxAttempts()) {
			return null;
		}
		return backoff(attempt);
	}

	/**
	 * Returns the wait before another attempt of a call that got an answer.
	 * @param kind whether the call may be repeated once it reached Authy
	 * @param status the status of the answer
	 * @param retryAfter the answer's {@code Retry-After} header, if any
	 * @param attempt the number of the attempt that got the answer, from 1
	 * @return the wait, or {@code null} if the answer is the call's
	 */
	@Nullable Duration afterAnswer(CallKind kind, int status, @Nullable String retryAfter, int attempt) {
		if (kind != CallKind.READ || !isRetryableStatus(status) || attempt >= this.settings.maxAttempts()) {
			return null;
		}
		Duration requested = parseRetryAfter(retryAfter);
		if (requested == null) {
			return backoff(attempt);
		}
		// A server that asks for a longer wait than max-backoff gets its answer returned
		// now.
		return (requested.compareTo(this.settings.maxBackoff()) <= 0) ? requested : null;
	}

	/**
	 * Whether an answer with this status may be worth another attempt, so that its
	 * {@code Retry-After} header is needed.
	 * @param status the HTTP status
	 * @return whether the status is 429, 502, 503 or 504
	 */
	static boolean isRetryableStatus(int status) {
		return status == 429 || status == 502 || status == 503 || status == 504;
	}

	/**
	 * Whether the request provably never reached the server: the connection was refused
	 * or could not be established. A connection that broke, or went silent, after the
	 * request was written may have sent it.
	 * @param failure the failure, with its causes
	 * @return whether the request never left
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
	 * Returns the wait after the given attempt: the initial backoff doubled per attempt
	 * up to the maximum, of which a random part, up to half, is taken off so that clients
	 * that failed together do not retry together.
	 * @param attempt the number of the attempt that failed, from 1
	 * @return the wait
	 */
	Duration backoff(int attempt) {
		long initial = this.settings.initialBackoff().toMillis();
		long max = this.settings.maxBackoff().toMillis();
		long exponential = Math.min(max, initial << Math.min(attempt - 1, 20));
		long half = exponential / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(exponential - half + 1));
	}

	/**
	 * Reads a {@code Retry-After} header: delta-seconds or an HTTP date.
	 * @param value the header
	 * @return the wait it asks for, zero for a date in the past, or {@code null} if it is
	 * missing or unusable
	 */
	@Nullable Duration parseRetryAfter(@Nullable String value) {
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
			Duration wait = Duration.between(this.clock.instant(), when);
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
