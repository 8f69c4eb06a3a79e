package dev.authyspring.client;

import java.util.regex.Pattern;

import dev.authyspring.core.internal.TokenDigits;
import org.jspecify.annotations.Nullable;

/**
 * Checks arguments before any request is sent. Messages name the argument and the rule,
 * never its value.
 */
final class Arguments {

	private static final Pattern UUID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private static final Pattern PHONE = Pattern.compile("[0-9 ().-]+");

	private static final int MAX_TEXT = 255;

	private Arguments() {
	}

	static long authyId(long authyId) {
		if (authyId <= 0) {
			throw new IllegalArgumentException("'authyId' must be a positive number");
		}
		return authyId;
	}

	static String uuid(@Nullable String uuid) {
		if (uuid == null || !UUID.matcher(uuid).matches()) {
			throw new IllegalArgumentException("'uuid' must be 1 to 64 characters of letters, digits and dashes");
		}
		return uuid;
	}

	static String email(@Nullable String email) {
		if (email == null || email.length() > 254 || email.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("'email' must be an email address of at most 254 characters");
		}
		int at = email.indexOf('@');
		if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1) {
			throw new IllegalArgumentException("'email' must be an email address such as name@example.com");
		}
		return email;
	}

	static String phoneNumber(String name, @Nullable String phone) {
		if (phone == null || !PHONE.matcher(phone).matches()) {
			throw new IllegalArgumentException(
					"'" + name + "' must contain only digits, spaces, dashes, dots and parentheses");
		}
		long digits = phone.chars().filter(Character::isDigit).count();
		if (digits < 4 || digits > 15) {
			throw new IllegalArgumentException("'" + name + "' must have 4 to 15 digits");
		}
		return phone;
	}

	static int countryCode(int countryCode) {
		if (countryCode < 1 || countryCode > 999) {
			throw new IllegalArgumentException("'countryCode' must be a calling code from 1 to 999");
		}
		return countryCode;
	}

	static String code(String name, @Nullable String code, int minLength, int maxLength) {
		if (code == null || !TokenDigits.matches(code, minLength, maxLength)) {
			throw new IllegalArgumentException(
					"'" + name + "' must be " + minLength + " to " + maxLength + " digits and nothing else");
		}
		return code;
	}

	static @Nullable String optionalText(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		if (value.isBlank() || value.length() > MAX_TEXT) {
			throw new IllegalArgumentException("'" + name + "' must be 1 to " + MAX_TEXT + " characters when given");
		}
		return value;
	}

	static @Nullable String optionalIp(@Nullable String ip) {
		if (ip == null) {
			return null;
		}
		if (ip.isEmpty() || ip.length() > 45
				|| !ip.chars().allMatch((c) -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
			throw new IllegalArgumentException("'userIp' must be an IPv4 or IPv6 address");
		}
		return ip;
	}

	static <T> T notNull(String name, @Nullable T value) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		return value;
	}

}
