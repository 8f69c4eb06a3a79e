package dev.authyspring.core.onetouch;

/**
 * Thrown when a OneTouch callback is not signed with any of the accepted keys. The
 * message names the reason only, never the signature, the nonce or the parameters.
 */
public class InvalidSignatureException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	/**
	 * Creates an exception.
	 * @param reason why the signature was rejected
	 */
	public InvalidSignatureException(Reason reason) {
		// Rejections are routine and attacker-driven; a stack trace would only cost time.
		super("OneTouch callback signature rejected: " + reason.description, null, false, false);
		this.reason = reason;
	}

	/**
	 * Returns why the signature was rejected.
	 * @return the reason
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * Why a signature was rejected.
	 */
	public enum Reason {

		/** The {@code X-Authy-Signature} header is absent or blank. */
		MISSING_SIGNATURE("no X-Authy-Signature header"),

		/** The {@code X-Authy-Signature-Nonce} header is absent or blank. */
		MISSING_NONCE("no X-Authy-Signature-Nonce header"),

		/** The signature is not the Base64 of a 32-byte HMAC. */
		MALFORMED_SIGNATURE("X-Authy-Signature is not a Base64 HMAC-SHA256"),

		/** The nonce is not a Unix time in seconds. */
		MALFORMED_NONCE("X-Authy-Signature-Nonce is not a Unix time"),

		/** The parameters could not be read, so nothing can be verified. */
		UNREADABLE_PARAMETERS("callback parameters are not readable"),

		/** The HTTP method is neither GET nor POST. */
		UNSUPPORTED_METHOD("method is neither GET nor POST"),

		/** The signature does not match the request under any accepted key. */
		MISMATCH("signature does not match");

		private final String description;

		Reason(String description) {
			this.description = description;
		}

		/**
		 * Returns a short description, safe to log.
		 * @return the description
		 */
		public String getDescription() {
			return this.description;
		}

	}

}
