package dev.authyspring.client;

import dev.authyspring.core.internal.TokenDigits;

/**
 * The digits a token may have before a verification request is sent.
 *
 * @param minLength fewest digits
 * @param maxLength most digits
 */
public record TokenFormat(int minLength, int maxLength) {

	/** 6 to 12 digits, what the last maintained official clients accept. */
	public static final TokenFormat DEFAULTS = new TokenFormat(TokenDigits.DEFAULT_MIN_LENGTH,
			TokenDigits.DEFAULT_MAX_LENGTH);

	public TokenFormat {
		if (minLength < 1 || maxLength < minLength || maxLength > 32) {
			throw new IllegalArgumentException("token lengths must satisfy 1 <= minLength <= maxLength <= 32, got "
					+ minLength + ".." + maxLength);
		}
	}

}
