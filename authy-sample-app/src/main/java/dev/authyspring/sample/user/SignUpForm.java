package dev.authyspring.sample.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the sign-up form sends.
 *
 * @param email the email, used to log in
 * @param password the password, at least 8 characters
 * @param countryCode the phone's country calling code
 * @param phoneNumber the phone number without country code
 */
public record SignUpForm(@NotBlank @Email @Size(max = 254) @Nullable String email,
		@NotBlank @Size(min = 8, max = 72, message = "must be 8 to 72 characters") @Nullable String password,
		@NotNull @Min(1) @Max(999) @Nullable Integer countryCode, @NotBlank @Pattern(regexp = "[0-9 ().-]{4,20}",
				message = "must be 4 to 20 digits, spaces or dashes") @Nullable String phoneNumber) {

	static SignUpForm empty() {
		return new SignUpForm(null, null, 1, null);
	}

	@Override
	public String toString() {
		return "SignUpForm[password=<hidden>]";
	}

}
