package dev.authyspring.core.onetouch;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A OneTouch callback whose signature has been verified.
 *
 * @param method the HTTP method, {@code GET} or {@code POST}
 * @param nonce the verified {@code X-Authy-Signature-Nonce}
 * @param nonceTime the time the nonce gives, a Unix time in seconds
 * @param signature the verified {@code X-Authy-Signature}
 * @param parameters the callback parameters as a tree of maps, lists, strings and nulls
 * (see {@link CallbackParameters})
 */
public record SignedCallback(String method, String nonce, Instant nonceTime, String signature,
		Map<String, @Nullable Object> parameters) {

	@Override
	public String toString() {
		// Parameters carry personal data (IP addresses, locations).
		return "SignedCallback[method=" + this.method + ", nonce=" + this.nonce + "]";
	}

}
