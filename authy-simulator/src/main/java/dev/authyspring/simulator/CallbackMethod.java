package dev.authyspring.simulator;

/**
 * HTTP method of OneTouch callbacks, as configured per application in the Authy console.
 */
public enum CallbackMethod {

	/** The payload as a canonical Rails query string. */
	GET,

	/** The payload as a JSON body. */
	POST

}
