package dev.authyspring.core.internal;

/**
 * Thrown when a query string or form body is not well-formed Rails parameters. The
 * message names the fault in a few words ("invalid escape"), never the input.
 */
public class MalformedParametersException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception.
	 * @param message what is wrong, without quoting the input
	 */
	public MalformedParametersException(String message) {
		super(message);
	}

}
