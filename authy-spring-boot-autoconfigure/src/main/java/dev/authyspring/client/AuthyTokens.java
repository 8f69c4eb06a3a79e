package dev.authyspring.client;

import dev.authyspring.client.model.TokenVerification;
import dev.authyspring.client.model.VerifyOptions;

/**
 * Verification of tokens from SMS, voice calls and the Authy or authenticator apps.
 */
public interface AuthyTokens {

	/**
	 * Verifies a token, forced so that it is checked even before the user completed
	 * registration.
	 * @param authyId the Authy id
	 * @param token the digits the user entered
	 * @return the result; a wrong, expired or reused token is {@code valid() == false}
	 */
	default TokenVerification verify(long authyId, String token) {
		return verify(authyId, token, VerifyOptions.DEFAULTS);
	}

	/**
	 * Verifies a token. Never retried once the request may have reached Authy, since a
	 * repeat would be refused as "used recently".
	 * @param authyId the Authy id
	 * @param token the digits the user entered
	 * @param options force and action
	 * @return the result
	 */
	TokenVerification verify(long authyId, String token, VerifyOptions options);

}
