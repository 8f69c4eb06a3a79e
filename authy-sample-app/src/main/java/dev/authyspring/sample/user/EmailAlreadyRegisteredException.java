package dev.authyspring.sample.user;

/**
 * Thrown when someone signs up with an email that already has an account.
 */
public class EmailAlreadyRegisteredException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EmailAlreadyRegisteredException() {
		super("An account with this email already exists");
	}

}
