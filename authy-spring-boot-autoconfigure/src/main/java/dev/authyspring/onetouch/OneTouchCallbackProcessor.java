package dev.authyspring.onetouch;

import java.util.Map;
import java.util.function.Consumer;

import dev.authyspring.core.onetouch.InvalidSignatureException;
import dev.authyspring.core.onetouch.MalformedCallbackException;
import dev.authyspring.core.onetouch.NonceFreshness;
import dev.authyspring.core.onetouch.OneTouchSignatureVerifier;
import dev.authyspring.core.onetouch.SignedCallback;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Processes OneTouch callbacks for any web stack: verifies the signature over the raw
 * body (POST) or the raw query string (GET), rejects stale nonces, drops replays, and
 * publishes a {@link OneTouchCallbackEvent} for each new callback. The servlet and
 * reactive adapters only translate requests and replies; this may block (a JDBC nonce
 * store), so a reactive adapter calls it off the event loop.
 *
 * <p>
 * Answers 200 for an accepted or duplicate callback; 503 with {@code Retry-After} for a
 * delivery that arrives while the same callback is being processed, or when the nonce
 * store cannot be reached (nothing is published); 401 for a missing, wrong, stale or
 * future signature; 400 for a correctly signed callback that is not a OneTouch callback
 * (a {@code status} other than {@code approved} or {@code denied}, a query string that is
 * not UTF-8), for a body that could not be read and for a path with parameters such as
 * {@code ;jsessionid}; 413 for a body over {@value #MAX_BODY_SIZE} bytes; 405 with
 * {@code Allow: GET, POST} for any other method; 500 when a listener throws, in which
 * case the callback is not marked as seen so that Authy's redelivery is processed.
 *
 * <p>
 * Each request is observed as {@value #OBSERVATION_NAME}, with the low-cardinality keys
 * {@code method} ({@code GET}, {@code POST} or {@code other}), {@code outcome} (as in
 * {@link OneTouchCallbackOutcome}) and {@code status}; nothing of the callback itself is
 * recorded.
 */
public final class OneTouchCallbackProcessor {

	/** Largest request body accepted, in bytes. */
	public static final int MAX_BODY_SIZE = 64 * 1024;

	/** Name of the observation of each request. */
	public static final String OBSERVATION_NAME = "authy.onetouch.callback.requests";

	private static final byte[] NO_BODY = new byte[0];

	private static final Log logger = LogFactory.getLog(OneTouchCallbackProcessor.class);

	private final OneTouchSignatureVerifier verifier;

	private final NonceFreshness freshness;

	private final OneTouchNonceStore nonceStore;

	private final Consumer<OneTouchCallbackEvent> publisher;

	private final OneTouchCallbackMetrics metrics;

	private final @Nullable String callbackUrl;

	private final ObservationRegistry observationRegistry;

	/**
	 * Creates a processor.
	 * @param verifier verifies signatures
	 * @param freshness rejects old and future nonces
	 * @param nonceStore remembers processed callbacks
	 * @param publisher publishes {@link OneTouchCallbackEvent}s, such as
	 * {@code ApplicationEventPublisher::publishEvent}
	 * @param metrics records the outcome of each request
	 * @param callbackUrl the public callback URL configured in the Authy console, or
	 * {@code null} to use the request URL as the client saw it
	 */
	public OneTouchCallbackProcessor(OneTouchSignatureVerifier verifier, NonceFreshness freshness,
			OneTouchNonceStore nonceStore, Consumer<OneTouchCallbackEvent> publisher, OneTouchCallbackMetrics metrics,
			@Nullable String callbackUrl) {
		this(verifier, freshness, nonceStore, publisher, metrics, callbackUrl, ObservationRegistry.NOOP);
	}

	/**
	 * Creates a processor whose requests are observed.
	 * @param verifier verifies signatures
	 * @param freshness rejects old and future nonces
	 * @param nonceStore remembers processed callbacks
	 * @param publisher publishes {@link OneTouchCallbackEvent}s
	 * @param metrics records the outcome of each request
	 * @param callbackUrl the public callback URL configured in the Authy console, or
	 * {@code null} to use the request URL as the client saw it
	 * @param observationRegistry where the {@value #OBSERVATION_NAME} observations go
	 */
	public OneTouchCallbackProcessor(OneTouchSignatureVerifier verifier, NonceFreshness freshness,
			OneTouchNonceStore nonceStore, Consumer<OneTouchCallbackEvent> publisher, OneTouchCallbackMetrics metrics,
			@Nullable String callbackUrl, ObservationRegistry observationRegistry) {
		this.observationRegistry = observationRegistry;
		this.verifier = verifier;
		this.freshness = freshness;
		this.nonceStore = nonceStore;
		this.publisher = publisher;
		this.metrics = metrics;
		this.callbackUrl = callbackUrl;
	}

	/**
	 * Processes one request.
	 * @param request the request
	 * @return what to answer
	 */
	public CallbackReply process(CallbackRequest request) {
		String method = request.method();
		Observation observation = Observation.createNotStarted(OBSERVATION_NAME, this.observationRegistry)
			.contextualName("authy onetouch callback")
			.lowCardinalityKeyValue("method", ("GET".equals(method) || "POST".equals(method)) ? method : "other");
		observation.start();
		CallbackReply reply = null;
		try (Observation.Scope scope = observation.openScope()) {
			reply = processObserved(request);
			return reply;
		}
		catch (RuntimeException | Error ex) {
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.lowCardinalityKeyValue("outcome",
					(reply != null) ? reply.outcome().tagValue() : OneTouchCallbackOutcome.LISTENER_ERROR.tagValue());
			observation.lowCardinalityKeyValue("status", (reply != null) ? Integer.toString(reply.status()) : "500");
			observation.stop();
		}
	}

	private CallbackReply processObserved(CallbackRequest request) {
		String method = request.method();
		boolean post = "POST".equals(method);
		if (!post && !"GET".equals(method)) {
			return reply(405, OneTouchCallbackOutcome.MALFORMED, Map.of("Allow", "GET, POST"), null, method);
		}
		if (request.pathParameters()) {
			// Authy calls the URL configured in its console, which has no path
			// parameters.
			return reject(method, 400, OneTouchCallbackOutcome.MALFORMED,
					"path parameters such as ;jsessionid are not accepted");
		}
		byte[] readBody = request.body();
		if (post) {
			if (request.contentLength() > MAX_BODY_SIZE || (readBody != null && readBody.length > MAX_BODY_SIZE)) {
				return reject(method, 413, OneTouchCallbackOutcome.MALFORMED, "body too large");
			}
			if (readBody == null) {
				return reject(method, 400, OneTouchCallbackOutcome.MALFORMED, "body could not be read");
			}
		}
		// Only a GET callback gets here without a body, and its body is not used.
		byte[] body = (readBody != null) ? readBody : NO_BODY;
		SignedCallback signed;
		String url = (this.callbackUrl != null) ? this.callbackUrl : request.url();
		try {
			signed = post ? this.verifier.verifyPost(url, request.headers(), body)
					: this.verifier.verifyGet(url, request.headers(), request.rawQuery());
		}
		catch (InvalidSignatureException ex) {
			String reason = ex.getReason().getDescription();
			if (post && body.length == 0) {
				reason += " (empty body: was it consumed by a filter that parsed form parameters?)";
			}
			return reject(method, 401, OneTouchCallbackOutcome.INVALID_SIGNATURE, reason);
		}
		catch (MalformedCallbackException ex) {
			return reject(method, 400, OneTouchCallbackOutcome.MALFORMED, String.valueOf(ex.getMessage()));
		}
		NonceFreshness.Result freshness = this.freshness.check(signed.nonceTime());
		if (freshness != NonceFreshness.Result.FRESH) {
			String reason = (freshness == NonceFreshness.Result.FUTURE) ? "nonce lies too far in the future"
					: "nonce is too old";
			return reject(method, 401, OneTouchCallbackOutcome.STALE, reason);
		}
		OneTouchCallback callback;
		try {
			callback = OneTouchCallback.from(signed.parameters());
		}
		catch (MalformedCallbackException ex) {
			return reject(method, 400, OneTouchCallbackOutcome.MALFORMED, String.valueOf(ex.getMessage()));
		}
		return publish(signed, callback);
	}

	private CallbackReply publish(SignedCallback signed, OneTouchCallback callback) {
		String key = callback.replayKey();
		OneTouchNonceStore.Claim claim;
		try {
			claim = this.nonceStore.claim(key, this.freshness.rememberUntil(signed.nonceTime()));
		}
		catch (RuntimeException ex) {
			// Unknown whether another instance has it: publishing could duplicate it, and
			// a 200 could lose it. Authy redelivers on 503. One line per delivery: an
			// outage would otherwise flood the log with traces.
			logger.error("OneTouch nonce store unavailable (" + ex + "); answering 503 so that Authy redelivers the "
					+ "callback for approval request " + callback.uuid());
			if (logger.isDebugEnabled()) {
				logger.debug("OneTouch nonce store failure", ex);
			}
			return reply(503, OneTouchCallbackOutcome.STORE_UNAVAILABLE, Map.of("Retry-After", "5"), null, null);
		}
		if (claim == OneTouchNonceStore.Claim.PROCESSED) {
			if (logger.isDebugEnabled()) {
				logger.debug("Ignored duplicate OneTouch callback for approval request " + callback.uuid());
			}
			return reply(200, OneTouchCallbackOutcome.DUPLICATE, Map.of(), null, null);
		}
		if (claim == OneTouchNonceStore.Claim.IN_PROGRESS) {
			// Not 200: if the delivery being processed fails, this one must be
			// redelivered.
			return reply(503, OneTouchCallbackOutcome.DUPLICATE, Map.of("Retry-After", "1"), null, null);
		}
		try {
			this.publisher.accept(new OneTouchCallbackEvent(callback));
		}
		catch (RuntimeException ex) {
			release(key, callback);
			logger.error("OneTouch callback listener failed for approval request " + callback.uuid()
					+ "; answering 500 so that Authy's redelivery is processed", ex);
			return reply(500, OneTouchCallbackOutcome.LISTENER_ERROR, Map.of(), null, null);
		}
		catch (Error ex) {
			release(key, callback);
			throw ex;
		}
		try {
			this.nonceStore.complete(key);
		}
		catch (RuntimeException ex) {
			// Published and done: the claim stays in progress until it expires, so a
			// redelivery is answered 503 rather than published twice.
			logger.error("OneTouch nonce store could not record approval request " + callback.uuid()
					+ " as processed; it stays claimed until it expires", ex);
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Accepted OneTouch callback for approval request " + callback.uuid());
		}
		return reply(200, OneTouchCallbackOutcome.ACCEPTED, Map.of(), null, null);
	}

	private void release(String key, OneTouchCallback callback) {
		try {
			this.nonceStore.release(key);
		}
		catch (RuntimeException ex) {
			logger.error("OneTouch nonce store could not release approval request " + callback.uuid()
					+ "; its redeliveries are answered 503 until the claim expires", ex);
		}
	}

	private CallbackReply reject(String method, int status, OneTouchCallbackOutcome outcome, String reason) {
		return reply(status, outcome, Map.of(), reason, method);
	}

	private CallbackReply reply(int status, OneTouchCallbackOutcome outcome, Map<String, String> headers,
			@Nullable String reason, @Nullable String method) {
		if (reason != null && logger.isWarnEnabled()) {
			logger.warn("Rejected OneTouch callback (" + method + ", " + status + "): " + reason);
		}
		if (status != 405) {
			// A method the endpoint does not take is not a callback: not counted, as
			// before.
			this.metrics.record(outcome, status);
		}
		return new CallbackReply(status, outcome, headers);
	}

}
