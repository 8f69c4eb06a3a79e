package dev.authyspring.simulator;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A misbehaviour to inject into the next requests of an endpoint.
 *
 * @param type what goes wrong
 * @param delay for {@link Type#LATENCY}: how long to wait before answering normally (or,
 * for {@link Endpoint#CALLBACK}, before delivering the callback)
 * @param status for {@link Type#STATUS} and {@link Type#HTML_STATUS}: the HTTP status to
 * answer with
 * @param retryAfter for {@link Type#STATUS}: the {@code Retry-After} value, or
 * {@code null}
 */
public record Fault(Type type, Duration delay, int status, @Nullable Duration retryAfter) {

	/** The longest latency that can be injected; a request must never hang a thread. */
	public static final Duration MAX_DELAY = Duration.ofSeconds(60);

	public Fault {
		if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
			throw new IllegalArgumentException("Fault delay must be between 0 and " + MAX_DELAY.toSeconds() + "s");
		}
		if ((type == Type.STATUS || type == Type.HTML_STATUS) && (status < 100 || status > 599)) {
			throw new IllegalArgumentException("Fault status must be an HTTP status (100-599)");
		}
		if (retryAfter != null && retryAfter.isNegative()) {
			throw new IllegalArgumentException("Retry-After must not be negative");
		}
	}

	/**
	 * Answers normally, but only after a delay.
	 * @param delay the delay, at most {@link #MAX_DELAY}
	 * @return the fault
	 */
	public static Fault latency(Duration delay) {
		return new Fault(Type.LATENCY, delay, 0, null);
	}

	/**
	 * Answers with a status and an Authy-style error body (60003 for 429, 60000
	 * otherwise).
	 * @param status the HTTP status
	 * @param retryAfter the {@code Retry-After} header value, or {@code null} for none
	 * @return the fault
	 */
	public static Fault status(int status, @Nullable Duration retryAfter) {
		return new Fault(Type.STATUS, Duration.ZERO, status, retryAfter);
	}

	/**
	 * Answers with the normal status but a body that is not valid JSON.
	 * @return the fault
	 */
	public static Fault malformedBody() {
		return new Fault(Type.MALFORMED_BODY, Duration.ZERO, 0, null);
	}

	/**
	 * Closes the connection in the middle of the response, without handling the request.
	 * @return the fault
	 */
	public static Fault dropConnection() {
		return new Fault(Type.DROP_CONNECTION, Duration.ZERO, 0, null);
	}

	/**
	 * Handles the request (an SMS is sent, a token checked), then closes the connection
	 * in the middle of the response: the client cannot know what happened.
	 * @return the fault
	 */
	public static Fault processThenDrop() {
		return new Fault(Type.PROCESS_THEN_DROP, Duration.ZERO, 0, null);
	}

	/**
	 * Answers with a status and an HTML page, as a proxy or load balancer in front of
	 * Authy does.
	 * @param status the HTTP status
	 * @return the fault
	 */
	public static Fault htmlStatus(int status) {
		return new Fault(Type.HTML_STATUS, Duration.ZERO, status, null);
	}

	/**
	 * For {@link Endpoint#CALLBACK}: delivers the callback twice, as Authy may.
	 * @return the fault
	 */
	public static Fault duplicate() {
		return new Fault(Type.DUPLICATE, Duration.ZERO, 0, null);
	}

	/**
	 * Kinds of fault.
	 */
	public enum Type {

		/** Delay, then answer normally. */
		LATENCY,

		/** Answer with a given status. */
		STATUS,

		/** Answer with a body that is not JSON. */
		MALFORMED_BODY,

		/** Cut the connection without handling the request. */
		DROP_CONNECTION,

		/** Handle the request, then cut the connection. */
		PROCESS_THEN_DROP,

		/** Answer with a given status and an HTML page. */
		HTML_STATUS,

		/** Deliver a callback twice ({@link Endpoint#CALLBACK} only). */
		DUPLICATE

	}

}
