package dev.authyspring.sample.twofactor;

/**
 * Where a login push approval stands.
 */
public enum PushStatus {

	/** Sent; the user has not answered yet. */
	PENDING,

	/** The user approved; the login may be completed once. */
	APPROVED,

	/** The user denied. */
	DENIED,

	/** Nobody answered in time. */
	EXPIRED,

	/** The approval completed a login and cannot be used again. */
	USED

}
