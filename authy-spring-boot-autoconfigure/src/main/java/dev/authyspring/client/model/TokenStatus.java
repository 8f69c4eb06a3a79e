package dev.authyspring.client.model;

/**
 * Why a token was accepted or refused, so that an application never needs Authy's error
 * codes to tell the cases apart.
 */
public enum TokenStatus {

	/** The token is valid. */
	VALID,

	/** The token is wrong or expired (Authy error 60020, or no error code). */
	INVALID,

	/** The token was right but was already used (Authy error 60019). */
	USED_RECENTLY

}
