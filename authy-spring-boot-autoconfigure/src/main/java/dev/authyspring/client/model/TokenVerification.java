package dev.authyspring.client.model;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The result of verifying a token. A wrong, expired or reused token is a normal result.
 *
 * @param valid whether the token is valid
 * @param message Authy's message
 * @param errorCode Authy's error code for an invalid token, such as {@code 60020}
 * (invalid) or {@code 60019} (used recently)
 */
public record TokenVerification(boolean valid, String message, @Nullable String errorCode) {

	private static final String USED_RECENTLY_CODE = "60019";

	private static final String USED_RECENTLY_MESSAGE = "used recently";

	/**
	 * Returns why the token was accepted or refused.
	 * @return {@link TokenStatus#VALID}; {@link TokenStatus#USED_RECENTLY} for Authy's
	 * error 60019, or for an answer without error code whose message says so (recorded
	 * from older API versions); otherwise {@link TokenStatus#INVALID}
	 */
	public TokenStatus status() {
		if (this.valid) {
			return TokenStatus.VALID;
		}
		if (USED_RECENTLY_CODE.equals(this.errorCode)
				|| (this.errorCode == null && this.message.toLowerCase(Locale.ROOT).contains(USED_RECENTLY_MESSAGE))) {
			return TokenStatus.USED_RECENTLY;
		}
		return TokenStatus.INVALID;
	}

	@Override
	public String toString() {
		return "TokenVerification[valid=" + this.valid + ", message=" + ServerMessages.masked(this.message)
				+ ", errorCode=" + this.errorCode + "]";
	}

}
