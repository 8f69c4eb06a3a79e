package dev.authyspring.client.model;

import java.util.Locale;

/**
 * States of a phone verification.
 */
public enum VerificationState {

	/** A code was sent and not yet checked. */
	PENDING,

	/** The code was checked successfully. */
	VERIFIED,

	/** The code expired. */
	EXPIRED;

	/**
	 * Parses Authy's value.
	 * @param value such as {@code verified}
	 * @return the state
	 * @throws IllegalArgumentException for an unknown value
	 */
	public static VerificationState of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
