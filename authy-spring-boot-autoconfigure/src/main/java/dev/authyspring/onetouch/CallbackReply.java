package dev.authyspring.onetouch;

import java.util.Map;

/**
 * What the OneTouch callback endpoint answers: a status and headers, never a body, so
 * that a caller learns nothing from a rejection.
 *
 * @param status the HTTP status
 * @param outcome what was done, as the {@code outcome} tag of the metrics reports it
 * @param headers response headers ({@code Allow}, {@code Retry-After}), empty if none
 */
public record CallbackReply(int status, OneTouchCallbackOutcome outcome, Map<String, String> headers) {

	public CallbackReply {
		headers = Map.copyOf(headers);
	}

}
