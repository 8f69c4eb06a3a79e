package dev.authyspring.client.model;

import java.util.Locale;

/**
 * States of a OneTouch approval request.
 */
public enum ApprovalStatus {

	/** Waiting for the user. */
	PENDING,

	/** The user approved. */
	APPROVED,

	/** The user denied. */
	DENIED,

	/** The request expired unanswered. */
	EXPIRED;

	/**
	 * Parses Authy's value.
	 * @param value such as {@code approved}
	 * @return the status
	 * @throws IllegalArgumentException for an unknown value
	 */
	public static ApprovalStatus of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
