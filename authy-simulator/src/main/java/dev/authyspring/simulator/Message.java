package dev.authyspring.simulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A code the simulator "delivered" to a phone: an SMS or voice token for an Authy user,
 * or a phone verification code.
 *
 * @param id sequence number, increasing in delivery order
 * @param authyId the Authy user, or {@code null} for a phone verification
 * @param countryCode the country calling code of the phone
 * @param phoneNumber the national number, digits only
 * @param via {@code sms} or {@code call}
 * @param kind {@code token} (Authy user token) or {@code verification} (phone
 * verification)
 * @param code the code the user would read
 * @param sentAt when it was sent
 * @param expiresAt when the code stops being accepted
 * @param locale the locale requested for the message, or {@code null}
 */
public record Message(long id, @Nullable Long authyId, int countryCode, String phoneNumber, String via, String kind,
		String code, Instant sentAt, Instant expiresAt, @Nullable String locale) {

	@Override
	public String toString() {
		return "Message[id=" + this.id + ", authyId=" + this.authyId + ", via=" + this.via + ", kind=" + this.kind
				+ ", code=<hidden>]";
	}

}
