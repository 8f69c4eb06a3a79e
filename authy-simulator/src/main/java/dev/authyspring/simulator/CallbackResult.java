package dev.authyspring.simulator;

import org.jspecify.annotations.Nullable;

/**
 * Outcome of a OneTouch callback delivery.
 *
 * @param attempted whether a callback URL was configured and a delivery attempted
 * @param status the HTTP status the application answered, or {@code -1} if there was none
 * @param error why the delivery failed without a status, or {@code null}
 */
public record CallbackResult(boolean attempted, int status, @Nullable String error) {

	static CallbackResult notConfigured() {
		return new CallbackResult(false, -1, "no callback URL configured");
	}

	static CallbackResult failed(String error) {
		return new CallbackResult(true, -1, error);
	}

	/**
	 * Whether the application acknowledged the callback with a 2xx status.
	 * @return {@code true} on a 2xx answer
	 */
	public boolean successful() {
		return this.status >= 200 && this.status < 300;
	}

}
