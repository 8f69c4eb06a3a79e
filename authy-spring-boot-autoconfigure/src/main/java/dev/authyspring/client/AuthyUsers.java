package dev.authyspring.client;

import java.util.Map;

import dev.authyspring.client.model.ActivityType;
import dev.authyspring.client.model.AuthyUser;
import dev.authyspring.client.model.NewUser;
import dev.authyspring.client.model.QrCode;
import dev.authyspring.client.model.QrCodeOptions;
import dev.authyspring.client.model.TokenRequest;
import dev.authyspring.client.model.TokenRequestOptions;
import dev.authyspring.client.model.UserStatus;
import org.jspecify.annotations.Nullable;

/**
 * Authy users: registration, status, removal, activity, and sending tokens by SMS or
 * call.
 */
public interface AuthyUsers {

	/**
	 * Registers a user with a US or Canadian number (country code 1), without sending an
	 * install link.
	 * @param email the user's email address
	 * @param cellphone the phone number without country code
	 * @return the user, whose id is stable for that phone number
	 */
	default AuthyUser create(String email, String cellphone) {
		return create(NewUser.of(email, cellphone, 1));
	}

	/**
	 * Registers a user without sending an install link.
	 * @param email the user's email address
	 * @param cellphone the phone number without country code
	 * @param countryCode the calling code, such as 351
	 * @return the user
	 */
	default AuthyUser create(String email, String cellphone, int countryCode) {
		return create(NewUser.of(email, cellphone, countryCode));
	}

	/**
	 * Registers a user.
	 * @param user the user
	 * @return the user
	 */
	AuthyUser create(NewUser user);

	/**
	 * Returns a user's registration status and devices. Safe to retry.
	 * @param authyId the Authy id
	 * @return the status
	 */
	UserStatus status(long authyId);

	/**
	 * Removes a user from the application (Authy queues the removal).
	 * @param authyId the Authy id
	 */
	void delete(long authyId);

	/**
	 * Removes a user, reporting the IP address of the person asking.
	 * @param authyId the Authy id
	 * @param userIp the requester's IP address
	 */
	void delete(long authyId, String userIp);

	/**
	 * Reports user activity that helps Authy assess risk.
	 * @param authyId the Authy id
	 * @param type the kind of activity
	 * @param data details of the activity
	 * @param userIp the user's IP address, or {@code null}
	 */
	void registerActivity(long authyId, ActivityType type, Map<String, String> data, @Nullable String userIp);

	/**
	 * Sends a token by SMS, unless the user has the Authy app.
	 * @param authyId the Authy id
	 * @return Authy's answer, {@link TokenRequest#ignored()} when nothing was sent
	 */
	default TokenRequest requestSms(long authyId) {
		return requestSms(authyId, TokenRequestOptions.DEFAULTS);
	}

	/**
	 * Sends a token by SMS. Never retried once the request may have reached Authy.
	 * @param authyId the Authy id
	 * @param options the options
	 * @return Authy's answer
	 */
	TokenRequest requestSms(long authyId, TokenRequestOptions options);

	/**
	 * Reads a token to the user in a voice call, unless the user has the Authy app.
	 * @param authyId the Authy id
	 * @return Authy's answer
	 */
	default TokenRequest requestCall(long authyId) {
		return requestCall(authyId, TokenRequestOptions.DEFAULTS);
	}

	/**
	 * Reads a token to the user in a voice call. Never retried once the request may have
	 * reached Authy.
	 * @param authyId the Authy id
	 * @param options the options
	 * @return Authy's answer
	 */
	TokenRequest requestCall(long authyId, TokenRequestOptions options);

	/**
	 * Creates the QR code of an authenticator-app (TOTP) secret for a user.
	 * @param authyId the Authy id
	 * @param options size and label
	 * @return the QR code
	 */
	QrCode generateQrCode(long authyId, QrCodeOptions options);

}
