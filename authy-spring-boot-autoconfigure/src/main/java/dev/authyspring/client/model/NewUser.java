package dev.authyspring.client.model;

import dev.authyspring.core.internal.Masking;

/**
 * A user to register with Authy.
 *
 * @param email the user's email address
 * @param cellphone the user's phone number, without the country code; dashes, dots and
 * spaces are allowed
 * @param countryCode the numeric calling code, such as {@code 1} or {@code 351}
 * @param sendInstallLinkViaSms whether Authy texts the user a link to install its app
 */
public record NewUser(String email, String cellphone, int countryCode, boolean sendInstallLinkViaSms) {

	/**
	 * Creates a user that is not sent an install link.
	 * @param email the user's email address
	 * @param cellphone the user's phone number
	 * @param countryCode the numeric calling code
	 * @return the new user
	 */
	public static NewUser of(String email, String cellphone, int countryCode) {
		return new NewUser(email, cellphone, countryCode, false);
	}

	@Override
	public String toString() {
		return "NewUser[email=" + Masking.email(this.email) + ", cellphone=" + Masking.phone(this.cellphone)
				+ ", countryCode=" + this.countryCode + ", sendInstallLinkViaSms=" + this.sendInstallLinkViaSms + "]";
	}

}
