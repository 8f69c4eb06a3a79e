package dev.authyspring.onetouch;

import dev.authyspring.core.onetouch.CallbackHeaders;
import org.jspecify.annotations.Nullable;

/**
 * A request to the OneTouch callback endpoint, as a web adapter hands it to
 * {@link OneTouchCallbackProcessor}: what the signature check needs, and nothing of the
 * web stack it came from.
 *
 * @param method the HTTP method
 * @param url the URL the request reached, as the client saw it (forwarded headers
 * applied), without query
 * @param headers the request headers
 * @param rawQuery the query string exactly as sent, or {@code null}
 * @param body the first {@link OneTouchCallbackProcessor#MAX_BODY_SIZE} + 1 bytes of the
 * body, empty when none was read, or {@code null} when it could not be read
 * @param contentLength the declared length of the body, -1 when unknown
 * @param pathParameters whether the path carries parameters such as {@code ;jsessionid}
 */
public record CallbackRequest(String method, String url, CallbackHeaders headers, @Nullable String rawQuery,
		byte @Nullable [] body, long contentLength, boolean pathParameters) {

	/**
	 * Whether the body should be read: a POST whose declared length is not already over
	 * the limit.
	 * @param method the HTTP method
	 * @param contentLength the declared length, -1 when unknown
	 * @return whether to read the body
	 */
	public static boolean wantsBody(String method, long contentLength) {
		return "POST".equals(method) && contentLength <= OneTouchCallbackProcessor.MAX_BODY_SIZE;
	}

}
