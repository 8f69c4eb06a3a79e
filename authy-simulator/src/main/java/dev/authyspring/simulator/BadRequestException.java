package dev.authyspring.simulator;

/**
 * Ends request handling with an Authy error response.
 */
final class BadRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient ApiResponse response;

	BadRequestException(ApiResponse response) {
		super(null, null, false, false);
		this.response = response;
	}

	ApiResponse response() {
		return this.response;
	}

}
