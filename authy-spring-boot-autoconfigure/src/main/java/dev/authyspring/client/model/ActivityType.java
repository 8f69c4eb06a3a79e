package dev.authyspring.client.model;

/**
 * Kinds of user activity that can be reported to Authy.
 */
public enum ActivityType {

	/** The user reset their password. */
	PASSWORD_RESET("password_reset"),

	/** The user was banned. */
	BANNED("banned"),

	/** The user was unbanned. */
	UNBANNED("unbanned"),

	/** The user logged in with a remembered cookie. */
	COOKIE_LOGIN("cookie_login");

	private final String value;

	ActivityType(String value) {
		this.value = value;
	}

	/**
	 * Returns the value Authy expects.
	 * @return the wire value
	 */
	public String value() {
		return this.value;
	}

}
