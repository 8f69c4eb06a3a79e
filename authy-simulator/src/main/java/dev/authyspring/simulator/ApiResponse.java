package dev.authyspring.simulator;

import java.util.Map;

/**
 * A status, a JSON body and extra headers.
 */
record ApiResponse(int status, Object body, Map<String, String> headers) {

	static ApiResponse ok(Object body) {
		return new ApiResponse(200, body, Map.of());
	}

	static ApiResponse of(int status, Object body) {
		return new ApiResponse(status, body, Map.of());
	}

}
