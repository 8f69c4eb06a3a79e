package dev.authyspring.simulator;

/**
 * Where a OneTouch approval request stands, with the name Authy answers for it.
 */
enum ApprovalStatus {

	/** Waiting for the user. */
	PENDING("pending"),

	/** Approved on the phone. */
	APPROVED("approved"),

	/** Denied on the phone. */
	DENIED("denied"),

	/** Not answered in time. */
	EXPIRED("expired");

	private final String wireName;

	ApprovalStatus(String wireName) {
		this.wireName = wireName;
	}

	String wireName() {
		return this.wireName;
	}

}
