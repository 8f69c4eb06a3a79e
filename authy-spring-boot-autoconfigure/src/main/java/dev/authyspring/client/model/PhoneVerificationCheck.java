package dev.authyspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking a phone verification code. A wrong code, or none pending, is a
 * normal result.
 *
 * @param valid whether the code is correct
 * @param message Authy's message
 * @param errorCode {@code 60022} for a wrong code, {@code 60023} when no verification is
 * pending
 */
public record PhoneVerificationCheck(boolean valid, String message, @Nullable String errorCode) {

	@Override
	public String toString() {
		return "PhoneVerificationCheck[valid=" + this.valid + ", message=" + ServerMessages.masked(this.message)
				+ ", errorCode=" + this.errorCode + "]";
	}

}
