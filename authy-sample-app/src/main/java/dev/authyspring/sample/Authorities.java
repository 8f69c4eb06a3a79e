package dev.authyspring.sample;

/**
 * Authorities of the two login steps. After the password a session holds only
 * {@link #PASSWORD_VERIFIED}; the roles come with the second factor.
 */
public final class Authorities {

	/** The password was right; the second factor is still missing. */
	public static final String PASSWORD_VERIFIED = "FACTOR_PASSWORD";

	/** The second factor was given through Authy. */
	public static final String AUTHY_VERIFIED = "FACTOR_AUTHY";

	/** A fully logged-in user. */
	public static final String ROLE_USER = "ROLE_USER";

	/** An administrator. */
	public static final String ROLE_ADMIN = "ROLE_ADMIN";

	private Authorities() {
	}

}
