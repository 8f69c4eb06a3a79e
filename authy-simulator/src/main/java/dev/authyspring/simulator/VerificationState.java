package dev.authyspring.simulator;

/**
 * Where a phone verification stands, with the name Authy answers for it.
 */
enum VerificationState {

	/** Code sent, not yet entered. */
	PENDING("pending"),

	/** The right code was entered. */
	VERIFIED("verified"),

	/** Not verified in time. */
	EXPIRED("expired");

	private final String wireName;

	VerificationState(String wireName) {
		this.wireName = wireName;
	}

	String wireName() {
		return this.wireName;
	}

}
