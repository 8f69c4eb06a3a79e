package dev.authyspring.core.onetouch;

/**
 * Thrown when callback parameters cannot be parsed. Messages never quote the input.
 */
public class MalformedCallbackException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception.
	 * @param message what is wrong, without any of the callback's data
	 */
	public MalformedCallbackException(String message) {
		super(message);
	}

}
