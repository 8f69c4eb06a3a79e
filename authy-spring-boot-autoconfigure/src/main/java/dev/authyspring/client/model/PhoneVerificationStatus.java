package dev.authyspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The state of a phone verification.
 *
 * @param status its state
 * @param secondsToExpire seconds until the code expires, if given
 * @param message Authy's message
 */
public record PhoneVerificationStatus(VerificationState status, @Nullable Integer secondsToExpire, String message) {

	@Override
	public String toString() {
		return "PhoneVerificationStatus[status=" + this.status + ", secondsToExpire=" + this.secondsToExpire
				+ ", message=" + ServerMessages.masked(this.message) + "]";
	}

}
