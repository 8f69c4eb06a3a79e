package dev.authyspring.autoconfigure.onetouch;

/**
 * The nonce store chosen with {@code authy.onetouch.callback.nonce-store} cannot be set
 * up: its library or its connection is missing. {@link NonceStoreFailureAnalyzer}
 * explains it at start-up.
 */
public class NonceStoreUnavailableException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String store;

	private final String missing;

	private final String remedy;

	NonceStoreUnavailableException(String store, String missing, String remedy) {
		super("authy.onetouch.callback.nonce-store=" + store + " needs " + missing);
		this.store = store;
		this.missing = missing;
		this.remedy = remedy;
	}

	String getStore() {
		return this.store;
	}

	String getMissing() {
		return this.missing;
	}

	String getRemedy() {
		return this.remedy;
	}

}
