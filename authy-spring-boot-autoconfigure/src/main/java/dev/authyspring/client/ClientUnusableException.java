package dev.authyspring.client;

/**
 * Thrown when the Authy client cannot make calls at all: it is closed, or its HTTP client
 * or {@code RestClient} could not be built. It reaches the caller as it is, unlike an
 * HTTP library's own failure during an exchange.
 */
final class ClientUnusableException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	ClientUnusableException(String message) {
		super(message);
	}

	ClientUnusableException(String message, Throwable cause) {
		super(message, cause);
	}

}
