package dev.authyspring.security;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a user completed, or tried to complete, the Authy factor.
 */
public enum AuthyFactorMethod {

	/** An approved OneTouch push. */
	PUSH,

	/** A code sent by SMS. */
	SMS,

	/** A code read out in a voice call. */
	CALL,

	/** A code from the Authy app or another authenticator app. */
	TOTP,

	/** A device the user chose to remember, by its signed cookie. */
	REMEMBERED_DEVICE,

	/** No second step: the user has no Authy id and the application skips such users. */
	NOT_ENROLLED;

	/**
	 * Returns the method a code came by, from its {@link #tag()}.
	 * @param tag {@code sms}, {@code call} or {@code totp}
	 * @return the method, or {@code null} for any other value
	 */
	static @Nullable AuthyFactorMethod ofCode(@Nullable String tag) {
		for (AuthyFactorMethod method : new AuthyFactorMethod[] { SMS, CALL, TOTP }) {
			if (method.tag().equals(tag)) {
				return method;
			}
		}
		return null;
	}

	/**
	 * Returns the lower-case name used in metrics, JSON bodies and form parameters.
	 * @return such as {@code remembered_device}
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
