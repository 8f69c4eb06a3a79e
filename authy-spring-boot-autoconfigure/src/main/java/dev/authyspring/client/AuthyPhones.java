package dev.authyspring.client;

import dev.authyspring.client.model.PhoneInfo;
import dev.authyspring.client.model.PhoneVerification;
import dev.authyspring.client.model.PhoneVerificationCheck;
import dev.authyspring.client.model.PhoneVerificationStatus;
import dev.authyspring.client.model.VerificationOptions;
import dev.authyspring.client.model.Via;

/**
 * Phone verification (a code sent to a number that is not an Authy user) and phone
 * intelligence.
 */
public interface AuthyPhones {

	/**
	 * Sends a verification code with Authy's defaults.
	 * @param phoneNumber the number without country code
	 * @param countryCode the calling code
	 * @param via SMS or voice call
	 * @return Authy's answer
	 */
	default PhoneVerification verificationStart(String phoneNumber, int countryCode, Via via) {
		return verificationStart(phoneNumber, countryCode, via, VerificationOptions.DEFAULTS);
	}

	/**
	 * Sends a verification code. Never retried once the request may have reached Authy.
	 * @param phoneNumber the number without country code
	 * @param countryCode the calling code
	 * @param via SMS or voice call
	 * @param options locale, code length, custom code and message
	 * @return Authy's answer
	 */
	PhoneVerification verificationStart(String phoneNumber, int countryCode, Via via, VerificationOptions options);

	/**
	 * Checks a verification code. Never retried once the request may have reached Authy.
	 * @param phoneNumber the number without country code
	 * @param countryCode the calling code
	 * @param code the code the user entered
	 * @return the result; a wrong code or none pending is {@code valid() == false}
	 */
	PhoneVerificationCheck verificationCheck(String phoneNumber, int countryCode, String code);

	/**
	 * Returns the state of a verification by its uuid. Safe to retry.
	 * @param uuid the uuid from {@link PhoneVerification#uuid()}
	 * @return its state
	 */
	PhoneVerificationStatus verificationStatus(String uuid);

	/**
	 * Returns the state of the verification of a number. Safe to retry.
	 * @param phoneNumber the number without country code
	 * @param countryCode the calling code
	 * @return its state
	 */
	PhoneVerificationStatus verificationStatus(String phoneNumber, int countryCode);

	/**
	 * Returns phone intelligence about a number. Safe to retry.
	 * @param phoneNumber the number without country code
	 * @param countryCode the calling code
	 * @return the kind of line, carrier and porting
	 */
	PhoneInfo info(String phoneNumber, int countryCode);

}
