package dev.authyspring.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * The rule for tokens and verification codes: ASCII digits only, within a length range.
 * The starter checks it before a verification is sent, and the simulator answers by it.
 */
public final class TokenDigits {

	/** Fewest digits of a token, what the last maintained official clients accept. */
	public static final int DEFAULT_MIN_LENGTH = 6;

	/** Most digits of a token, what the last maintained official clients accept. */
	public static final int DEFAULT_MAX_LENGTH = 12;

	private TokenDigits() {
	}

	/**
	 * Checks a token against the default lengths.
	 * @param token the token
	 * @return whether it is 6 to 12 ASCII digits
	 */
	public static boolean matches(@Nullable String token) {
		return matches(token, DEFAULT_MIN_LENGTH, DEFAULT_MAX_LENGTH);
	}

	/**
	 * Checks a token or code.
	 * @param token the token
	 * @param minLength fewest digits
	 * @param maxLength most digits
	 * @return whether it is ASCII digits only, {@code minLength} to {@code maxLength} of
	 * them
	 */
	public static boolean matches(@Nullable String token, int minLength, int maxLength) {
		if (token == null || token.length() < minLength || token.length() > maxLength) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
