package dev.authyspring.simulator;

import org.jspecify.annotations.Nullable;

/**
 * Phone number rules of the simulator: validation, display, masking and the simulated
 * carrier lookup.
 *
 * <p>
 * A number is valid when, after removing spaces, dashes, dots and parentheses, it has 10
 * digits for country code 1 and 8 to 14 digits otherwise. The carrier answer depends on
 * the last digit of the national number: 0-4 mobile, 5 mobile and ported, 6-7 landline, 8
 * VoIP, 9 unknown.
 */
final class PhoneNumbers {

	private PhoneNumbers() {
	}

	/**
	 * The country calling code as a number, or {@code -1} if it is not one.
	 */
	static int countryCode(@Nullable String text) {
		if (text == null) {
			return -1;
		}
		String digits = text.strip();
		if (digits.startsWith("+")) {
			digits = digits.substring(1);
		}
		if (!digits.matches("[0-9]{1,4}")) {
			return -1;
		}
		int code = Integer.parseInt(digits);
		return (code >= 1 && code <= 9999) ? code : -1;
	}

	/**
	 * The digits of a national number, or {@code null} if it is not valid.
	 */
	static @Nullable String national(int countryCode, @Nullable String text) {
		if (text == null) {
			return null;
		}
		String digits = text.replaceAll("[\\s\\-.()]", "");
		if (!digits.matches("[0-9]+")) {
			return null;
		}
		boolean valid = (countryCode == 1) ? digits.length() == 10 : digits.length() >= 8 && digits.length() <= 14;
		return valid ? digits : null;
	}

	/** {@code +1 775-461-5609}, as in verification messages. */
	static String display(int countryCode, String digits) {
		return "+" + countryCode + " " + grouped(digits);
	}

	/** {@code 775-461-5609}: groups of three, the last four together. */
	static String grouped(String digits) {
		int head = digits.length() - 4;
		StringBuilder result = new StringBuilder();
		int first = head % 3;
		if (first > 0) {
			result.append(digits, 0, first).append('-');
		}
		for (int i = first; i < head; i += 3) {
			result.append(digits, i, i + 3).append('-');
		}
		return result.append(digits.substring(head)).toString();
	}

	/** {@code XXX-XXX-9302}, as in user status. */
	static String maskedNumber(String digits) {
		String grouped = grouped(digits);
		int keep = grouped.length() - 4;
		return grouped.substring(0, keep).replaceAll("[0-9]", "X") + grouped.substring(keep);
	}

	/** {@code +57-XXX-XXX-XX12}, as in SMS and call answers. */
	static String maskedCellphone(int countryCode, String digits) {
		return "+" + countryCode + "-XXX-XXX-XX" + digits.substring(digits.length() - 2);
	}

	/** Masks all but the last two digits, for logs. */
	static String forLog(String digits) {
		return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
	}

	static Carrier carrier(String digits) {
		int last = digits.charAt(digits.length() - 1) - '0';
		if (last <= 4) {
			return new Carrier("cellphone", "Simulated Mobile", false);
		}
		if (last == 5) {
			return new Carrier("cellphone", "Simulated Mobile", true);
		}
		if (last <= 7) {
			return new Carrier("landline", "Simulated Fixed Line", false);
		}
		if (last == 8) {
			return new Carrier("voip", "Simulated VoIP", false);
		}
		// A string, as every recorded answer has: clients such as authy-client require
		// one.
		return new Carrier("unknown", "Unknown", false);
	}

	/**
	 * What the simulated carrier lookup answers.
	 */
	record Carrier(String type, String provider, boolean ported) {

		boolean cellphone() {
			return "cellphone".equals(this.type);
		}

	}

}
