package dev.authyspring.client;

/**
 * Whether repeating a call can harm, which decides when it may be retried.
 */
enum CallKind {

	/** No side effect: retried on connect failure, 429, 502, 503 and 504. */
	READ,

	/**
	 * May send an SMS, a call or a push, or change state: retried only when the request
	 * provably never left (connection refused).
	 */
	SIDE_EFFECT

}
