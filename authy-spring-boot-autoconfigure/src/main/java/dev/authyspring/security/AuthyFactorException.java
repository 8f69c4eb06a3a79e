package dev.authyspring.security;

import java.util.Locale;

import org.springframework.security.core.AuthenticationException;

/**
 * A failed attempt at the Authy factor. Its message is safe to show to the user: it names
 * neither the code nor any id.
 */
public class AuthyFactorException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	private final AuthyFactorMethod method;

	/**
	 * Creates an exception with the reason's message.
	 * @param reason why the attempt failed
	 * @param method the method that was tried
	 */
	public AuthyFactorException(Reason reason, AuthyFactorMethod method) {
		super(reason.message);
		this.reason = reason;
		this.method = method;
	}

	/**
	 * Returns why the attempt failed.
	 * @return the reason
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * Returns the method that was tried.
	 * @return the method
	 */
	public AuthyFactorMethod getMethod() {
		return this.method;
	}

	/**
	 * Why an attempt at the Authy factor failed.
	 */
	public enum Reason {

		/** The code was wrong or had expired; the user may try again. */
		INVALID_CODE("That code is wrong or has expired.", false),

		/** The code was right but already used; the user may request a new one. */
		CODE_ALREADY_USED("That code was already used. Request a new one.", false),

		/** The limit of wrong codes was reached; the half-finished login is discarded. */
		TOO_MANY_ATTEMPTS("Too many wrong codes. Log in again.", true),

		/** The user denied the push; the half-finished login is discarded. */
		PUSH_DENIED("The login was denied on your phone. Log in again.", true),

		/** Nobody answered the push in time; the half-finished login is discarded. */
		PUSH_EXPIRED("The push expired before it was answered. Log in again.", true),

		/** The second step took too long; the half-finished login is discarded. */
		LOGIN_EXPIRED("The login took too long. Log in again.", true),

		/** Authy could not be reached or refused the request; the user may try again. */
		AUTHY_UNAVAILABLE("Authy could not be reached. Try again in a moment.", false);

		private final String message;

		private final boolean endsLogin;

		Reason(String message, boolean endsLogin) {
			this.message = message;
			this.endsLogin = endsLogin;
		}

		/**
		 * Returns whether this failure discards the half-finished login, so that the user
		 * starts again with the first factor.
		 * @return whether the login ends
		 */
		public boolean endsLogin() {
			return this.endsLogin;
		}

		/**
		 * Returns the lower-case name used in metrics and JSON bodies.
		 * @return such as {@code invalid_code}
		 */
		public String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
