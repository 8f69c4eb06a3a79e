package dev.authyspring.onetouch.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;

import dev.authyspring.onetouch.InvalidSignatureException;
import dev.authyspring.onetouch.MalformedCallbackException;
import dev.authyspring.onetouch.NonceFreshness;
import dev.authyspring.onetouch.OneTouchCallback;
import dev.authyspring.onetouch.OneTouchCallbackEvent;
import dev.authyspring.onetouch.OneTouchNonceStore;
import dev.authyspring.onetouch.OneTouchSignatureVerifier;
import dev.authyspring.onetouch.SignedCallback;

/**
 * Receives OneTouch callbacks: verifies the signature over the raw body (POST) or the raw
 * query string (GET), rejects stale nonces, drops replays, and publishes a
 * {@link OneTouchCallbackEvent} for each new callback.
 *
 * <p>
 * Answers 200 for an accepted or duplicate callback, 503 with {@code Retry-After} for a
 * delivery that arrives while the same callback is being processed, 401 for a missing, wrong, stale or
 * future signature, 400 for a correctly signed callback that is not a OneTouch callback (a
 * {@code status} other than {@code approved} or {@code denied}, a query string that is not
 * UTF-8) and for a path with parameters such as {@code ;jsessionid}, 413
 * for a body over {@value #MAX_BODY_SIZE} bytes, 503 with {@code Retry-After} when the nonce
 * store cannot be reached (nothing is published), 405 with {@code Allow: GET, POST} for any
 * other method (HEAD and OPTIONS included; TRACE is refused by the servlet container
 * before it reaches the application), and 500 when a listener throws, in which case
 * the callback is not marked as seen so that Authy's redelivery is processed. Responses
 * carry no body.
 *
 * <p>
 * Meant to be mapped to the callback path for every method: it answers methods other than
 * GET and POST itself.
 */
public class OneTouchCallbackHandler implements HttpRequestHandler {

	/** Largest request body accepted, in bytes. */
	public static final int MAX_BODY_SIZE = 64 * 1024;

	private static final Log logger = LogFactory.getLog(OneTouchCallbackHandler.class);

	private static final byte[] NO_BODY = {};

	private final OneTouchSignatureVerifier verifier;

	private final NonceFreshness freshness;

	private final OneTouchNonceStore nonceStore;

	private final ApplicationEventPublisher eventPublisher;

	private final OneTouchCallbackMetrics metrics;

	private final @Nullable String callbackUrl;

	/**
	 * Creates a handler.
	 * @param verifier verifies signatures
	 * @param freshness rejects old and future nonces
	 * @param nonceStore remembers processed callbacks
	 * @param eventPublisher publishes {@link OneTouchCallbackEvent}s
	 * @param metrics records the outcome of each request
	 * @param callbackUrl the public callback URL configured in the Authy console, or
	 * {@code null} to use the request URL as the client saw it
	 */
	public OneTouchCallbackHandler(OneTouchSignatureVerifier verifier, NonceFreshness freshness,
			OneTouchNonceStore nonceStore, ApplicationEventPublisher eventPublisher, OneTouchCallbackMetrics metrics,
			@Nullable String callbackUrl) {
		this.verifier = verifier;
		this.freshness = freshness;
		this.nonceStore = nonceStore;
		this.eventPublisher = eventPublisher;
		this.metrics = metrics;
		this.callbackUrl = callbackUrl;
	}

	@Override
	public void handleRequest(HttpServletRequest request, HttpServletResponse response) {
		String method = request.getMethod();
		boolean post = "POST".equals(method);
		if (!post && !"GET".equals(method)) {
			response.setStatus(HttpStatus.METHOD_NOT_ALLOWED.value());
			response.setHeader(HttpHeaders.ALLOW, "GET, POST");
			return;
		}
		if (request.getRequestURI().indexOf(';') >= 0) {
			// Authy calls the URL configured in its console, which has no path parameters.
			reject(response, method, OneTouchCallbackOutcome.MALFORMED, HttpStatus.BAD_REQUEST,
					"path parameters such as ;jsessionid are not accepted");
			return;
		}
		byte[] body = NO_BODY;
		if (post) {
			if (request.getContentLengthLong() > MAX_BODY_SIZE) {
				reject(response, method, OneTouchCallbackOutcome.MALFORMED, HttpStatus.CONTENT_TOO_LARGE,
						"body too large");
				return;
			}
			try {
				body = readBody(request);
			}
			catch (IOException ex) {
				reject(response, method, OneTouchCallbackOutcome.MALFORMED, HttpStatus.BAD_REQUEST,
						"body could not be read");
				return;
			}
			if (body.length > MAX_BODY_SIZE) {
				reject(response, method, OneTouchCallbackOutcome.MALFORMED, HttpStatus.CONTENT_TOO_LARGE,
						"body too large");
				return;
			}
		}
		SignedCallback signed;
		try {
			String url = url(request);
			signed = post ? this.verifier.verifyPost(url, request::getHeader, body)
					: this.verifier.verifyGet(url, request::getHeader, request.getQueryString());
		}
		catch (InvalidSignatureException ex) {
			String reason = ex.getReason().getDescription();
			if (post && body.length == 0) {
				reason += " (empty body: was it consumed by a filter that parsed form parameters?)";
			}
			reject(response, method, OneTouchCallbackOutcome.INVALID_SIGNATURE, HttpStatus.UNAUTHORIZED, reason);
			return;
		}
		catch (MalformedCallbackException ex) {
			reject(response, method, OneTouchCallbackOutcome.MALFORMED, HttpStatus.BAD_REQUEST, ex.getMessage());
			return;
		}
		NonceFreshness.Result freshness = this.freshness.check(signed.nonce());
		if (freshness != NonceFreshness.Result.FRESH) {
			String reason = (freshness == NonceFreshness.Result.FUTURE) ? "nonce lies too far in the future"
					: "nonce is too old";
			reject(response, method, OneTouchCallbackOutcome.STALE, HttpStatus.UNAUTHORIZED, reason);
			return;
		}
		OneTouchCallback callback;
		try {
			callback = OneTouchCallback.from(signed.parameters());
		}
		catch (MalformedCallbackException ex) {
			reject(response, method, OneTouchCallbackOutcome.MALFORMED, HttpStatus.BAD_REQUEST, ex.getMessage());
			return;
		}
		publish(response, signed, callback);
	}

	private void publish(HttpServletResponse response, SignedCallback signed, OneTouchCallback callback) {
		String key = callback.replayKey();
		OneTouchNonceStore.Claim claim;
		try {
			claim = this.nonceStore.claim(key, this.freshness.rememberUntil(signed.nonce()));
		}
		catch (RuntimeException ex) {
			// Unknown whether another instance has it: publishing could duplicate it, and a
			// 200 could lose it. Authy redelivers on 503.
			// One line per delivery: an outage would otherwise flood the log with traces.
			logger.error("OneTouch nonce store unavailable (" + ex + "); answering 503 so that Authy redelivers the "
					+ "callback for approval request " + callback.uuid());
			if (logger.isDebugEnabled()) {
				logger.debug("OneTouch nonce store failure", ex);
			}
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			respond(response, OneTouchCallbackOutcome.STORE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE);
			return;
		}
		if (claim == OneTouchNonceStore.Claim.PROCESSED) {
			if (logger.isDebugEnabled()) {
				logger.debug("Ignored duplicate OneTouch callback for approval request " + callback.uuid());
			}
			respond(response, OneTouchCallbackOutcome.DUPLICATE, HttpStatus.OK);
			return;
		}
		if (claim == OneTouchNonceStore.Claim.IN_PROGRESS) {
			// Not 200: if the delivery being processed fails, this one must be redelivered.
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			respond(response, OneTouchCallbackOutcome.DUPLICATE, HttpStatus.SERVICE_UNAVAILABLE);
			return;
		}
		try {
			this.eventPublisher.publishEvent(new OneTouchCallbackEvent(callback));
		}
		catch (RuntimeException ex) {
			release(key, callback);
			logger.error("OneTouch callback listener failed for approval request " + callback.uuid()
					+ "; answering 500 so that Authy's redelivery is processed", ex);
			respond(response, OneTouchCallbackOutcome.LISTENER_ERROR, HttpStatus.INTERNAL_SERVER_ERROR);
			return;
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
		respond(response, OneTouchCallbackOutcome.ACCEPTED, HttpStatus.OK);
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

	private String url(HttpServletRequest request) {
		// The signature covers the URL Authy called. Behind a proxy the request URL is only
		// right when forwarded headers are applied (server.forward-headers-strategy).
		return (this.callbackUrl != null) ? this.callbackUrl : request.getRequestURL().toString();
	}

	private static byte[] readBody(HttpServletRequest request) throws IOException {
		// One byte past the limit tells an oversized body apart without reading all of it.
		try (InputStream body = request.getInputStream()) {
			return body.readNBytes(MAX_BODY_SIZE + 1);
		}
	}

	private void reject(HttpServletResponse response, String method, OneTouchCallbackOutcome outcome,
			HttpStatus status, String reason) {
		if (logger.isWarnEnabled()) {
			logger.warn("Rejected OneTouch callback (" + method + ", " + status.value() + "): " + reason);
		}
		respond(response, outcome, status);
	}

	private void respond(HttpServletResponse response, OneTouchCallbackOutcome outcome, HttpStatus status) {
		this.metrics.record(outcome, status.value());
		// setStatus, not sendError: an error page would give the caller a body.
		response.setStatus(status.value());
	}

}
