package dev.authyspring.client;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when Authy answers a request with an error: the HTTP status, the Authy error
 * code (such as {@code 60026}) when the body has one, its message and any field errors.
 */
public class AuthyApiException extends AuthyException {

	private static final long serialVersionUID = 1L;

	private final int httpStatus;

	private final @Nullable String errorCode;

	private final String authyMessage;

	private final Map<String, String> fieldErrors;

	/**
	 * Creates an exception. Callers pass texts that are already masked.
	 * @param operation the operation that failed
	 * @param httpStatus the HTTP status code
	 * @param errorCode the Authy error code, if the body had one
	 * @param authyMessage Authy's message, or an excerpt of a body that was not JSON
	 * @param fieldErrors errors per request field, such as
	 * {@code cellphone -> is invalid}
	 */
	public AuthyApiException(String operation, int httpStatus, @Nullable String errorCode, String authyMessage,
			Map<String, String> fieldErrors) {
		super(operation, describe(operation, httpStatus, errorCode, authyMessage, fieldErrors), null);
		this.httpStatus = httpStatus;
		this.errorCode = errorCode;
		this.authyMessage = authyMessage;
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	private static String describe(String operation, int httpStatus, @Nullable String errorCode, String message,
			Map<String, String> fieldErrors) {
		StringBuilder text = new StringBuilder("Authy ").append(operation).append(" failed: HTTP ").append(httpStatus);
		if (errorCode != null) {
			text.append(", error ").append(errorCode);
		}
		if (!message.isEmpty()) {
			text.append(": ").append(message);
		}
		if (!fieldErrors.isEmpty()) {
			text.append(' ').append(fieldErrors);
		}
		return text.toString();
	}

	/**
	 * Returns the HTTP status of the answer.
	 * @return the status code
	 */
	public int getHttpStatus() {
		return this.httpStatus;
	}

	/**
	 * Returns the Authy error code, such as {@code 60026} for an unknown user.
	 * @return the error code, or {@code null} if the body had none
	 */
	public @Nullable String getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Returns Authy's message, with phone numbers masked.
	 * @return the message, or an excerpt of a body that was not JSON
	 */
	public String getAuthyMessage() {
		return this.authyMessage;
	}

	/**
	 * Returns the field errors of a validation failure.
	 * @return field name to error, empty if there were none
	 */
	public Map<String, String> getFieldErrors() {
		return this.fieldErrors;
	}

}
