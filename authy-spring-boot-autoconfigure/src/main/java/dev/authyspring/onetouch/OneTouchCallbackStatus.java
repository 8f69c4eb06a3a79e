package dev.authyspring.onetouch;

import org.jspecify.annotations.Nullable;

/**
 * The user's answer to a OneTouch approval request.
 */
public enum OneTouchCallbackStatus {

	/** The user approved the request. */
	APPROVED,

	/** The user denied the request. */
	DENIED;

	/**
	 * Returns the status for the {@code status} parameter of a callback.
	 * @param value {@code approved} or {@code denied}, exactly as Authy sends them
	 * @return the status, or {@code null} for any other value, {@code APPROVED} included
	 */
	static @Nullable OneTouchCallbackStatus of(@Nullable String value) {
		if (value == null) {
			return null;
		}
		return switch (value) {
			case "approved" -> APPROVED;
			case "denied" -> DENIED;
			default -> null;
		};
	}

}
