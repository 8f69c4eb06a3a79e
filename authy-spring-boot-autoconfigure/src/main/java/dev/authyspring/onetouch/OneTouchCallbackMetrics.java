package dev.authyspring.onetouch;

/**
 * Records what the callback endpoint did with each request.
 */
@FunctionalInterface
public interface OneTouchCallbackMetrics {

	/**
	 * Records one request.
	 * @param outcome what was done
	 * @param status the HTTP status answered
	 */
	void record(OneTouchCallbackOutcome outcome, int status);

	/**
	 * Returns metrics that record nothing.
	 * @return the no-op metrics
	 */
	static OneTouchCallbackMetrics none() {
		return (outcome, status) -> {
		};
	}

}
