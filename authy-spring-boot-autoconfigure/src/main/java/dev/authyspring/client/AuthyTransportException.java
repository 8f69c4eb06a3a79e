package dev.authyspring.client;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when no usable answer came back from Authy: connection failure, timeout, or a
 * response that could not be read.
 */
public class AuthyTransportException extends AuthyException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception.
	 * @param operation the operation that failed
	 * @param message what went wrong
	 * @param cause the underlying failure, if any
	 */
	public AuthyTransportException(String operation, String message, @Nullable Throwable cause) {
		super(operation, "Authy " + operation + " failed: " + message, cause);
	}

}
