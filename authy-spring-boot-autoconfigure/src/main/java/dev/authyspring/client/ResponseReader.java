package dev.authyspring.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.authyspring.core.internal.Masking;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the body of an Authy answer into an {@link AuthyResponse} or an exception: reads
 * at most {@value #MAX_BODY_BYTES} bytes, parses them as JSON, and maps an error answer
 * to an {@link AuthyApiException}. What it quotes from the body, an error message or an
 * excerpt of a body that is not JSON, holds neither the API key nor personal data.
 */
final class ResponseReader {

	static final int MAX_BODY_BYTES = 1024 * 1024;

	private static final int EXCERPT_LENGTH = 120;

	/** Most Authy answers are a few hundred bytes. */
	private static final int INITIAL_BODY_BUFFER = 512;

	private final SecretRedaction redaction;

	/**
	 * Creates a reader.
	 * @param redaction removes the client's API key from what is quoted
	 */
	ResponseReader(SecretRedaction redaction) {
		this.redaction = redaction;
	}

	/**
	 * Reads the body, at most {@link #MAX_BODY_BYTES}. {@code readNBytes(int)} would
	 * allocate an 8 KiB buffer per call for bodies of a few hundred bytes, so the buffer
	 * starts small and grows only when needed.
	 * @param body the body
	 * @return its bytes
	 * @throws IOException if it could not be read or is larger
	 */
	static byte[] readBounded(InputStream body) throws IOException {
		byte[] buffer = new byte[INITIAL_BODY_BUFFER];
		int length = 0;
		int read;
		while ((read = body.read(buffer, length, buffer.length - length)) >= 0) {
			length += read;
			if (length > MAX_BODY_BYTES) {
				throw new IOException("response body larger than " + MAX_BODY_BYTES + " bytes");
			}
			if (length == buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_BODY_BYTES + 1));
			}
		}
		return (length == buffer.length) ? buffer : Arrays.copyOf(buffer, length);
	}

	/**
	 * Parses an answer and lets the request's classifier decide its outcome.
	 * @param request the request answered
	 * @param status the HTTP status
	 * @param body the body
	 * @return the answer
	 * @throws AuthyTransportException for a 200 whose body is not a JSON object
	 * @throws AuthyApiException for another status whose body is not a JSON object
	 */
	AuthyResponse read(AuthyRequest request, int status, byte[] body) {
		JsonNode json = readJson(body);
		if (json == null || !json.isObject()) {
			if (status == 200) {
				throw new AuthyTransportException(request.operation(),
						"unreadable response (HTTP 200 but " + excerpt(body) + ")", null);
			}
			throw new AuthyApiException(request.operation(), status, null, excerpt(body), Map.of());
		}
		return new AuthyResponse(status, json, request.classifier().classify(status, json));
	}

	/**
	 * Maps an answer that its classifier called an error.
	 * @param operation the operation answered
	 * @param status the HTTP status
	 * @param body the JSON body
	 * @return the exception to throw
	 */
	AuthyApiException apiException(String operation, int status, JsonNode body) {
		return new AuthyApiException(operation, status, JsonFields.text(body, "error_code"),
				quoted(JsonFields.message(body)), fieldErrors(body));
	}

	private Map<String, String> fieldErrors(JsonNode body) {
		Map<String, String> errors = new LinkedHashMap<>();
		JsonNode nested = JsonFields.child(body, "errors");
		if (nested != null && nested.isObject()) {
			nested.properties().forEach((entry) -> {
				if (!"message".equals(entry.getKey()) && !entry.getValue().isContainer()) {
					errors.put(entry.getKey(), quoted(entry.getValue().asString()));
				}
			});
		}
		body.properties().forEach((entry) -> {
			JsonNode value = entry.getValue();
			if (value.isString() && value.stringValue().startsWith("is ") && !"token".equals(entry.getKey())) {
				errors.putIfAbsent(entry.getKey(), quoted(value.stringValue()));
			}
		});
		return errors;
	}

	private String quoted(String text) {
		return Masking.personalDataIn(this.redaction.apply(text));
	}

	private static @Nullable JsonNode readJson(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			return JsonMapper.shared().readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private String excerpt(byte[] body) {
		if (body.length == 0) {
			return "an empty body";
		}
		// Redacted before it is cut, so that no prefix of the key survives at the cut. A
		// proxy page may echo the request, and with it the X-Authy-API-Key header.
		String text = this.redaction.apply(new String(body, StandardCharsets.UTF_8)).replaceAll("\\s+", " ").trim();
		if (text.length() > EXCERPT_LENGTH) {
			text = text.substring(0, EXCERPT_LENGTH) + "...";
		}
		// An error page may quote the request path, and with it a token.
		return "body '" + Masking.emailsIn(Masking.digitRunsIn(text)) + "'";
	}

}
