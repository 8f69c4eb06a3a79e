package dev.authyspring.core.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Masks personal data before it reaches a log line, an exception message or a
 * {@code toString()}.
 */
public final class Masking {

	/** Digit runs at least this long are treated as phone numbers. */
	private static final int PHONE_DIGITS = 7;

	private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"',;:()\\[\\]]+@[^\\s@<>\"',;:()\\[\\]]+");

	private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{4,}");

	private Masking() {
	}

	/**
	 * Masks an email address, keeping its first character and its domain.
	 * @param email the address
	 * @return for example {@code j***@example.com}
	 */
	public static String email(@Nullable String email) {
		if (email == null || email.isEmpty()) {
			return "";
		}
		int at = email.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return email.charAt(0) + "***" + email.substring(at);
	}

	/**
	 * Masks a phone number, keeping only its last two digits.
	 * @param phone the number, in any format
	 * @return the number with every other digit replaced by {@code X}
	 */
	public static String phone(@Nullable String phone) {
		if (phone == null) {
			return "";
		}
		int digits = 0;
		for (int i = 0; i < phone.length(); i++) {
			if (Character.isDigit(phone.charAt(i))) {
				digits++;
			}
		}
		return maskDigits(phone, 0, phone.length(), digits - 2);
	}

	/**
	 * Masks every phone-number-like run of digits (seven or more digits, possibly
	 * separated by spaces, dashes, dots, parentheses or a plus sign) in a free text, such
	 * as an Authy message that echoes the number it sent a code to.
	 * @param text the text
	 * @return the text with such runs masked but for their last two digits
	 */
	public static String phoneNumbersIn(@Nullable String text) {
		if (text == null) {
			return "";
		}
		StringBuilder result = null;
		int i = 0;
		while (i < text.length()) {
			if (!Character.isDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			int end = i;
			int digits = 0;
			while (i < text.length() && (Character.isDigit(text.charAt(i)) || isSeparator(text.charAt(i)))) {
				if (Character.isDigit(text.charAt(i))) {
					digits++;
					end = i + 1;
				}
				i++;
			}
			if (digits >= PHONE_DIGITS) {
				if (result == null) {
					result = new StringBuilder(text);
				}
				String masked = maskDigits(text, start, end, digits - 2);
				result.replace(start, end, masked);
			}
		}
		return (result != null) ? result.toString() : text;
	}

	/**
	 * Masks every email address in a free text, keeping the first character and the
	 * domain of each.
	 * @param text the text
	 * @return the text with email addresses masked
	 */
	public static String emailsIn(@Nullable String text) {
		if (text == null) {
			return "";
		}
		if (text.indexOf('@') < 0) {
			return text;
		}
		return EMAIL.matcher(text).replaceAll((match) -> Matcher.quoteReplacement(email(match.group())));
	}

	/**
	 * Masks phone numbers and email addresses in a free text, such as a message from
	 * Authy.
	 * @param text the text
	 * @return the masked text
	 */
	public static String personalDataIn(@Nullable String text) {
		return emailsIn(phoneNumbersIn(text));
	}

	/**
	 * Masks every run of four or more digits completely, for text whose digits could be a
	 * token, such as an error page that quotes the request path.
	 * @param text the text
	 * @return the text with such digit runs replaced by {@code X}
	 */
	public static String digitRunsIn(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return DIGIT_RUN.matcher(text).replaceAll((match) -> "X".repeat(match.group().length()));
	}

	/**
	 * Masks a one-time token completely.
	 * @param token the token
	 * @return a string of the same length made of {@code *}
	 */
	public static String token(@Nullable String token) {
		return (token != null) ? "*".repeat(Math.min(token.length(), 32)) : "";
	}

	private static boolean isSeparator(char c) {
		return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+';
	}

	private static String maskDigits(String text, int start, int end, int digitsToMask) {
		StringBuilder masked = new StringBuilder(end - start);
		int remaining = digitsToMask;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c) && remaining > 0) {
				masked.append('X');
				remaining--;
			}
			else {
				masked.append(c);
			}
		}
		return masked.toString();
	}

}
