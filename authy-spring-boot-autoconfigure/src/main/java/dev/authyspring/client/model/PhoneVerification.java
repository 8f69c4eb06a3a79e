package dev.authyspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Authy's answer to starting a phone verification.
 *
 * @param message Authy's message
 * @param uuid the id of the verification, for its status
 * @param carrier the carrier of the number, if known
 * @param cellphone whether the number is a mobile number, if known
 * @param ported whether the number was ported, if known
 * @param secondsToExpire seconds until the code expires, if given
 */
public record PhoneVerification(String message, @Nullable String uuid, @Nullable String carrier,
		@Nullable Boolean cellphone, @Nullable Boolean ported, @Nullable Integer secondsToExpire) {

	@Override
	public String toString() {
		return "PhoneVerification[message=" + ServerMessages.masked(this.message) + ", uuid=" + this.uuid + ", carrier="
				+ this.carrier + ", cellphone=" + this.cellphone + ", ported=" + this.ported + ", secondsToExpire="
				+ this.secondsToExpire + "]";
	}

}
