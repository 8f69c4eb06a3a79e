package dev.authyspring.client.model;

/**
 * Resolutions of a OneTouch logo.
 */
public enum LogoResolution {

	/** The logo used when no better match exists; required when any logo is given. */
	DEFAULT("default"),

	/** Low resolution. */
	LOW("low"),

	/** Medium resolution. */
	MED("med"),

	/** High resolution. */
	HIGH("high");

	private final String value;

	LogoResolution(String value) {
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
