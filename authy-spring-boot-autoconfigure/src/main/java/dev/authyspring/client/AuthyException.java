package dev.authyspring.client;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception the Authy client throws. Messages never contain the API key, a
 * token, an email or a full phone number.
 */
public abstract class AuthyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String operation;

	protected AuthyException(String operation, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.operation = operation;
	}

	/**
	 * Returns the operation that failed, such as {@code tokens.verify}.
	 * @return the operation name
	 */
	public String getOperation() {
		return this.operation;
	}

}
