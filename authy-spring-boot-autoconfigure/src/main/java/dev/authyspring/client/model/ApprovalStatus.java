package dev.authyspring.client.model;

import java.util.Locale;

/**
 * States of a OneTouch approval request, as its status reports them and as a signed
 * callback answers them (a callback only ever carries {@link #APPROVED} or
 * {@link #DENIED}).
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
	 * Parses the {@code status} of an approval request's status answer, in any case.
	 * @param value such as {@code approved}
	 * @return the status
	 * @throws IllegalArgumentException for an unknown value
	 */
	public static ApprovalStatus of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
