package dev.authyspring.client.model;

/**
 * How a phone verification code is delivered.
 */
public enum Via {

	/** By text message. */
	SMS("sms"),

	/** By voice call. */
	CALL("call");

	private final String value;

	Via(String value) {
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
