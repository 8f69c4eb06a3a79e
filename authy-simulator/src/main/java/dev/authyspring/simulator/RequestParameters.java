package dev.authyspring.simulator;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Request parameters merged the way Rails merges them: query parameters, then the body
 * (JSON, or form-encoded with bracket notation such as {@code user[email]} and
 * {@code logos[][res]}), the body winning.
 */
final class RequestParameters {

	private static final int MAX_NESTING = 8;

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

	private static void parseForm(Map<String, @Nullable Object> values, String form) {
		for (String pair : form.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode((eq >= 0) ? pair.substring(0, eq) : pair);
			String value = (eq >= 0) ? decode(pair.substring(eq + 1)) : "";
			put(values, name, value);
		}
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(ApiErrors.invalidRequest("Invalid request: malformed percent-encoding"));
		}
	}

	/**
	 * Stores a bracket-notation name such as {@code a[b][]} or {@code logos[][url]}.
	 */
	static void put(Map<String, @Nullable Object> values, String name, String value) {
		List<String> parts = split(name);
		if (parts.isEmpty() || parts.get(0).isEmpty()) {
			return;
		}
		normalize(values, parts, 0, value);
	}

	private static List<String> split(String name) {
		List<String> parts = new ArrayList<>();
		int open = name.indexOf('[');
		if (open <= 0 || !name.endsWith("]")) {
			parts.add(name);
			return parts;
		}
		parts.add(name.substring(0, open));
		int i = open;
		while (i < name.length()) {
			if (name.charAt(i) != '[') {
				return List.of(name);
			}
			int close = name.indexOf(']', i);
			if (close < 0) {
				return List.of(name);
			}
			parts.add(name.substring(i + 1, close));
			i = close + 1;
		}
		if (parts.size() > MAX_NESTING) {
			throw new BadRequestException(ApiErrors.invalidRequest("Invalid request: parameters nested too deeply"));
		}
		return parts;
	}

	@SuppressWarnings("unchecked")
	private static void normalize(Map<String, @Nullable Object> params, List<String> parts, int index, String value) {
		String name = parts.get(index);
		if (index == parts.size() - 1) {
			params.put(name, value);
			return;
		}
		String next = parts.get(index + 1);
		if (next.isEmpty()) {
			Object existing = params.computeIfAbsent(name, (key) -> new ArrayList<>());
			if (!(existing instanceof List<?>)) {
				throw conflict();
			}
			List<Object> list = (List<Object>) existing;
			if (index + 1 == parts.size() - 1) {
				list.add(value);
				return;
			}
			String child = parts.get(index + 2);
			Object last = list.isEmpty() ? null : list.get(list.size() - 1);
			if (last instanceof Map<?, ?> map && !map.containsKey(child)) {
				normalize((Map<String, @Nullable Object>) map, parts, index + 2, value);
			}
			else {
				Map<String, @Nullable Object> element = new LinkedHashMap<>();
				normalize(element, parts, index + 2, value);
				list.add(element);
			}
			return;
		}
		Object existing = params.computeIfAbsent(name, (key) -> new LinkedHashMap<>());
		if (!(existing instanceof Map<?, ?>)) {
			throw conflict();
		}
		normalize((Map<String, @Nullable Object>) existing, parts, index + 1, value);
	}

	private static BadRequestException conflict() {
		return new BadRequestException(ApiErrors.invalidRequest("Invalid request: conflicting parameter types"));
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
	 * A hash of scalars as strings, e.g. OneTouch {@code details}; {@code null} if absent.
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
