package dev.authyspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Options for starting a phone verification.
 *
 * @param locale the language of the message, such as {@code es}; passed through as given
 * @param codeLength the number of digits of the code, 4 to 10, or {@code null} for
 * Authy's default of 4
 * @param customCode a code of your own, 4 to 10 digits (a feature Twilio must enable)
 * @param customMessage a message of your own
 */
public record VerificationOptions(@Nullable String locale, @Nullable Integer codeLength, @Nullable String customCode,
		@Nullable String customMessage) {

	/** Authy's defaults. */
	public static final VerificationOptions DEFAULTS = new VerificationOptions(null, null, null, null);

	@Override
	public String toString() {
		return "VerificationOptions[locale=" + this.locale + ", codeLength=" + this.codeLength + ", customCode="
				+ ((this.customCode != null) ? "<hidden>" : null) + ", customMessage=" + this.customMessage + "]";
	}

}
