package dev.authyspring.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.authyspring.core.internal.MalformedParametersException;
import dev.authyspring.core.internal.RailsParameters;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Request parameters merged the way Rails merges them: query parameters, then the body
 * (JSON, or form-encoded with bracket notation such as {@code user[email]} and
 * {@code logos[][res]}), a parameter of the body replacing one of the same name.
 */
final class RequestParameters {

	/** Names per parameter, its base name included: deeper is no Authy parameter. */
	private static final int MAX_NESTING = 8;

	/** Parameters per query or body: more is no Authy request. */
	private static final int MAX_PARAMETERS = 1000;

	private final Map<String, @Nullable Object> values;

	private RequestParameters(Map<String, @Nullable Object> values) {
		this.values = values;
	}

	static RequestParameters empty() {
		return new RequestParameters(new LinkedHashMap<>());
	}

	/**
	 * Parses a request.
	 * @throws BadRequestException if the query or body cannot be parsed
	 */
	static RequestParameters parse(@Nullable String rawQuery, @Nullable String contentType, byte[] body) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		if (rawQuery != null && !rawQuery.isEmpty()) {
			parseForm(values, rawQuery);
		}
		if (body.length > 0) {
			String text = decodeUtf8(body);
			String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
			boolean json = type.contains("json") || (!type.contains("form") && text.stripLeading().startsWith("{"));
			if (json) {
				if (!text.isBlank()) {
					values.putAll(parseJson(text));
				}
			}
			else {
				parseForm(values, text);
			}
		}
		return new RequestParameters(values);
	}

	private static String decodeUtf8(byte[] body) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new BadRequestException(ApiErrors.codeFirst(400, "60005", "Invalid UTF-8 encoding"));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, @Nullable Object> parseJson(String text) {
		Object parsed;
		try {
			parsed = Json.MAPPER.readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			throw new BadRequestException(ApiErrors.invalidRequest("Invalid request: the body is not valid JSON"));
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			throw new BadRequestException(ApiErrors.invalidRequest("Invalid request: the body is not a JSON object"));
		}
		return (Map<String, @Nullable Object>) map;
	}

	/**
	 * Parses form-encoded text with Rails bracket notation, as the starter parses a GET
	 * callback's query string; later parameters replace earlier ones of the same name.
	 */
	private static void parseForm(Map<String, @Nullable Object> values, String form) {
		try {
			values.putAll(RailsParameters.parse(form, MAX_NESTING, MAX_PARAMETERS));
		}
		catch (MalformedParametersException ex) {
			throw new BadRequestException(ApiErrors.invalidRequest("Invalid request: " + ex.getMessage()));
		}
	}

	Map<String, @Nullable Object> asMap() {
		return this.values;
	}

	/**
	 * A scalar parameter as text, following a path of nested names.
	 */
	@Nullable String string(String... path) {
		Object value = get(path);
		if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
			return null;
		}
		return value.toString();
	}

	/**
	 * A non-blank scalar parameter, trimmed.
	 */
	@Nullable String text(String... path) {
		String value = string(path);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	boolean flag(String name) {
		String value = string(name);
		return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
	}

	@Nullable Object get(String... path) {
		Object current = this.values;
		for (String name : path) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(name);
		}
		return current;
	}

	/**
	 * A hash of scalars as strings, e.g. OneTouch {@code details}; {@code null} if
	 * absent.
	 * @throws BadRequestException if the parameter is not a hash of scalars
	 */
	@Nullable Map<String, String> stringMap(String name) {
		Object value = get(name);
		if (value == null || (value instanceof String text && text.isEmpty())) {
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new BadRequestException(ApiErrors.invalidParameter(name, "Must be a hash"));
		}
		Map<String, String> result = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			Object member = entry.getValue();
			if (member instanceof Map<?, ?> || member instanceof List<?>) {
				throw new BadRequestException(ApiErrors.invalidParameter(name, "Values must be text"));
			}
			result.put(String.valueOf(entry.getKey()), (member != null) ? member.toString() : "");
		}
		return result;
	}

}
