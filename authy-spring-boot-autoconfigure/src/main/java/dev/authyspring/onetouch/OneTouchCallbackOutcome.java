package dev.authyspring.onetouch;

/**
 * What the callback endpoint did with a request, as reported in the {@code outcome} tag
 * of the {@code authy.onetouch.callbacks} counter.
 */
public enum OneTouchCallbackOutcome {

	/** Verified, fresh and new: published. */
	ACCEPTED("accepted"),

	/**
	 * Verified and fresh, but already processed: answered 200 and not published again.
	 */
	DUPLICATE("duplicate"),

	/** Signature or nonce missing, garbled or wrong. */
	INVALID_SIGNATURE("invalid_signature"),

	/** Correctly signed, but the nonce is too old or too far in the future. */
	STALE("stale"),

	/**
	 * Correctly signed but not a OneTouch callback, or a body too large or unreadable.
	 */
	MALFORMED("malformed"),

	/** A listener threw: answered 500 so that Authy's redelivery is processed. */
	LISTENER_ERROR("listener_error"),

	/**
	 * The nonce store could not be reached: answered 503 and not published, so that
	 * Authy's redelivery is processed once the store is back.
	 */
	STORE_UNAVAILABLE("store_unavailable");

	private final String tagValue;

	OneTouchCallbackOutcome(String tagValue) {
		this.tagValue = tagValue;
	}

	/**
	 * Returns the value of the {@code outcome} tag.
	 * @return the tag value
	 */
	public String tagValue() {
		return this.tagValue;
	}

}
