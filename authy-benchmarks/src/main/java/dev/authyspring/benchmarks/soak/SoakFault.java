package dev.authyspring.benchmarks.soak;

import java.time.Duration;
import java.util.List;

import dev.authyspring.simulator.Endpoint;
import dev.authyspring.simulator.Fault;

/**
 * The kinds of fault the soak injects, and on which requests each can happen.
 */
enum SoakFault {

	/** The answer comes after the read timeout; the request was handled. */
	LATENCY_PAST_READ_TIMEOUT,

	/** The request was handled, then the connection was cut mid-answer. */
	RESET_AFTER_REQUEST_READ,

	/** 429 with {@code Retry-After}. */
	RATE_LIMITED,

	/** 503. */
	UNAVAILABLE,

	/** 500 with an HTML page, as from a proxy. */
	HTML_500,

	/** 200 with a body that is not JSON. */
	MALFORMED_JSON,

	/** The OneTouch callback is delivered twice. */
	CALLBACK_TWICE,

	/** The OneTouch callback arrives late. */
	CALLBACK_LATE;

	/** The faults of a request to Authy's API. */
	static final List<SoakFault> REQUEST_FAULTS = List.of(LATENCY_PAST_READ_TIMEOUT, RESET_AFTER_REQUEST_READ,
			RATE_LIMITED, UNAVAILABLE, HTML_500, MALFORMED_JSON);

	/** The faults of a callback. */
	static final List<SoakFault> CALLBACK_FAULTS = List.of(CALLBACK_TWICE, CALLBACK_LATE);

	Fault fault(Duration readTimeout) {
		return switch (this) {
			case LATENCY_PAST_READ_TIMEOUT -> Fault.latency(readTimeout.plusMillis(200));
			case RESET_AFTER_REQUEST_READ -> Fault.processThenDrop();
			case RATE_LIMITED -> Fault.status(429, Duration.ofSeconds(1));
			case UNAVAILABLE -> Fault.status(503, null);
			case HTML_500 -> Fault.htmlStatus(500);
			case MALFORMED_JSON -> Fault.malformedBody();
			case CALLBACK_TWICE -> Fault.duplicate();
			case CALLBACK_LATE -> Fault.latency(Duration.ofMillis(400));
		};
	}

	boolean forCallbacks() {
		return CALLBACK_FAULTS.contains(this);
	}

	/** Where a request fault goes for a step, a callback fault always to the callback. */
	Endpoint endpoint(Endpoint request) {
		return forCallbacks() ? Endpoint.CALLBACK : request;
	}

}
