package dev.authyspring.simulator;

import java.util.Map;

import static dev.authyspring.simulator.Json.object;

/**
 * Authy's error bodies, with the member order of the recorded responses.
 */
final class ApiErrors {

	static final String INVALID_TOKEN = "Token is invalid";

	static final String REUSED_TOKEN = "Token is invalid. Token was used recently.";

	private ApiErrors() {
	}

	/** {@code {"error_code":..,"message":..,"errors":{"message":..},"success":false}}. */
	static ApiResponse codeFirst(int status, String code, String message) {
		return ApiResponse.of(status,
				object("error_code", code, "message", message, "errors", object("message", message), "success", false));
	}

	/** {@code {"message":..,"success":false,"errors":{"message":..},"error_code":..}}. */
	static ApiResponse messageFirst(int status, String code, String message) {
		return ApiResponse.of(status,
				object("message", message, "success", false, "errors", object("message", message), "error_code", code));
	}

	static ApiResponse invalidApiKey() {
		return codeFirst(401, "60001", "Invalid API key");
	}

	static ApiResponse invalidRequest(String message) {
		return codeFirst(400, "60002", message);
	}

	static ApiResponse invalidParameter(String name, String problem) {
		return codeFirst(400, "60004", "Invalid parameter: " + name + " - " + problem);
	}

	static ApiResponse missingParameter(String name) {
		return invalidParameter(name, "Parameter is required");
	}

	static ApiResponse userNotFound() {
		return messageFirst(404, "60026", "User not found.");
	}

	static ApiResponse invalidToken(int status) {
		return token(status, "60020", INVALID_TOKEN);
	}

	static ApiResponse reusedToken() {
		return token(401, "60019", REUSED_TOKEN);
	}

	private static ApiResponse token(int status, String code, String message) {
		return ApiResponse.of(status, object("message", message, "token", "is invalid", "success", false, "errors",
				object("message", message), "error_code", code));
	}

	static ApiResponse invalidPhoneNumber() {
		return codeFirst(400, "60033", "Phone number is invalid");
	}

	static ApiResponse approvalRequestNotFound(String uuid) {
		return ApiResponse.of(404, object("message", "Approval request not found: " + uuid, "success", false, "errors",
				Map.of(), "error_code", "60049"));
	}

	static ApiResponse userNotValid(Map<String, String> fieldErrors) {
		Map<String, Object> errors = object();
		errors.putAll(fieldErrors);
		errors.put("message", "User was not valid");
		Map<String, Object> body = object("message", "User was not valid", "success", false, "errors", errors);
		body.putAll(fieldErrors);
		body.put("error_code", "60027");
		return ApiResponse.of(400, body);
	}

	static ApiResponse rateLimited() {
		return messageFirst(429, "60003", "Too many requests");
	}

	static ApiResponse notFound() {
		return messageFirst(404, "60000", "Resource not found");
	}

	static ApiResponse forStatus(int status, Endpoint endpoint) {
		if (status == 500 && endpoint == Endpoint.PHONE_INFO) {
			return codeFirst(500, "60025", "Server error while querying phone information. Please try again later");
		}
		if (status == 429) {
			return rateLimited();
		}
		if (status == 503) {
			return messageFirst(503, "60000", "Service temporarily unavailable");
		}
		return messageFirst(status, "60000", "An error occurred");
	}

}
