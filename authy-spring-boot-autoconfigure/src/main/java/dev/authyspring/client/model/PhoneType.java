package dev.authyspring.client.model;

import java.util.Locale;

/**
 * Kinds of phone line reported by phone intelligence.
 */
public enum PhoneType {

	/** A mobile number. */
	CELLPHONE,

	/** A fixed line. */
	LANDLINE,

	/** A voice-over-IP number. */
	VOIP,

	/** Authy does not know. */
	UNKNOWN;

	/**
	 * Parses Authy's value; anything unrecognised is {@link #UNKNOWN}.
	 * @param value such as {@code voip}
	 * @return the type
	 */
	public static PhoneType of(String value) {
		for (PhoneType type : values()) {
			if (type.name().equals(value.toUpperCase(Locale.ROOT))) {
				return type;
			}
		}
		return UNKNOWN;
	}

}
