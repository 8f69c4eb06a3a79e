package dev.authyspring.onetouch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Parses OneTouch callback parameters, a JSON body or a Rails-style query string, into a
 * tree of maps, lists, strings and nulls that keeps the exact text of every number and
 * boolean, as the signature needs.
 *
 * <p>
 * A {@link Map} is a JSON object (member order kept), a {@link List} an array, a
 * {@link String} any scalar (strings, numbers as written, {@code true}, {@code false}),
 * and {@code null} a JSON null. The maps and lists returned are unmodifiable.
 */
public final class CallbackParameters {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	/** Nesting deeper than this is not a callback; it only costs stack. */
	private static final int MAX_DEPTH = 32;

	/** More query parameters than this is not a callback. */
	private static final int MAX_QUERY_PARAMETERS = 1000;

	private CallbackParameters() {
	}

	/**
	 * Parses a JSON object.
	 * @param json the raw body, UTF-8
	 * @return the members of the object
	 * @throws MalformedCallbackException if the body is not a single JSON object
	 */
	public static Map<String, @Nullable Object> parseJson(byte[] json) {
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new MalformedCallbackException("callback body is not a JSON object");
			}
			Map<String, @Nullable Object> object = readObject(parser, 1);
			if (parser.nextToken() != null) {
				throw new MalformedCallbackException("callback body has content after the JSON object");
			}
			return object;
		}
		catch (JacksonException ex) {
			throw new MalformedCallbackException("callback body is not valid JSON");
		}
	}

	/**
	 * Parses a query string with Rails bracket notation ({@code a[b][c]=v}, {@code a[]=v},
	 * {@code a[][k]=v}) into the same tree as {@link #parseJson(byte[])}. Values are
	 * decoded strings; a parameter without {@code =} has a {@code null} value; a repeated
	 * scalar parameter keeps its last value, as in Rails. Consecutive {@code a[][k]} entries
	 * fill one array element until a key repeats, which starts the next element.
	 * @param rawQuery the raw query string, without {@code ?}
	 * @return the parameters
	 * @throws MalformedCallbackException if the query string is not well formed or mixes a
	 * value, a hash and an array under one key
	 */
	public static Map<String, @Nullable Object> parseQuery(String rawQuery) {
		Map<String, @Nullable Object> root = new LinkedHashMap<>();
		int count = 0;
		for (String pair : rawQuery.split("&", -1)) {
			if (pair.isEmpty()) {
				continue;
			}
			if (++count > MAX_QUERY_PARAMETERS) {
				throw new MalformedCallbackException("callback query string has too many parameters");
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : null;
			insert(root, keyPath(name), 0, value);
		}
		return freeze(root);
	}

	/**
	 * Decodes {@code application/x-www-form-urlencoded} text strictly: an escape that is
	 * not two hex digits, or bytes that are not UTF-8, make the callback malformed rather
	 * than replacement characters in a uuid.
	 */
	private static String decode(String text) {
		if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '+') {
				bytes.write(' ');
			}
			else if (c == '%') {
				int high = (i + 2 < text.length()) ? Character.digit(text.charAt(i + 1), 16) : -1;
				int low = (high >= 0) ? Character.digit(text.charAt(i + 2), 16) : -1;
				if (low < 0) {
					throw new MalformedCallbackException("callback query string has an invalid escape");
				}
				bytes.write((high << 4) | low);
				i += 2;
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new MalformedCallbackException("callback query string is not valid UTF-8");
		}
	}

	/**
	 * Splits {@code a[b][][c]} into {@code a, b, "", c}, where {@code ""} stands for
	 * {@code []}.
	 */
	private static List<String> keyPath(String name) {
		int open = name.indexOf('[');
		String base = (open >= 0) ? name.substring(0, open) : name;
		if (base.isEmpty() || base.indexOf(']') >= 0) {
			throw new MalformedCallbackException("callback query string has an invalid parameter name");
		}
		List<String> path = new ArrayList<>();
		path.add(base);
		int position = (open >= 0) ? open : name.length();
		while (position < name.length()) {
			int close = name.indexOf(']', position);
			if (name.charAt(position) != '[' || close < 0) {
				throw new MalformedCallbackException("callback query string has an invalid parameter name");
			}
			String segment = name.substring(position + 1, close);
			boolean nestedArray = segment.isEmpty() && path.get(path.size() - 1).isEmpty();
			if (segment.indexOf('[') >= 0 || nestedArray) {
				throw new MalformedCallbackException("callback query string has an invalid parameter name");
			}
			path.add(segment);
			checkDepth(path.size());
			position = close + 1;
		}
		return path;
	}

	private static void insert(Map<String, @Nullable Object> hash, List<String> path, int index,
			@Nullable String value) {
		String key = path.get(index);
		if (index == path.size() - 1) {
			if (hash.get(key) instanceof Map || hash.get(key) instanceof List) {
				throw conflict();
			}
			hash.put(key, value);
			return;
		}
		if (!path.get(index + 1).isEmpty()) {
			insert(childHash(hash, key), path, index + 1, value);
			return;
		}
		List<@Nullable Object> array = childArray(hash, key);
		if (index + 1 == path.size() - 1) {
			array.add(value);
			return;
		}
		List<String> elementPath = path.subList(index + 2, path.size());
		Object last = array.isEmpty() ? null : array.get(array.size() - 1);
		if (last instanceof Map<?, ?> && !hasPath(last, elementPath)) {
			@SuppressWarnings("unchecked")
			Map<String, @Nullable Object> element = (Map<String, @Nullable Object>) last;
			insert(element, elementPath, 0, value);
		}
		else {
			Map<String, @Nullable Object> element = new LinkedHashMap<>();
			array.add(element);
			insert(element, elementPath, 0, value);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, @Nullable Object> childHash(Map<String, @Nullable Object> hash, String key) {
		Object child = hash.get(key);
		if (child == null && !hash.containsKey(key)) {
			child = new LinkedHashMap<String, @Nullable Object>();
			hash.put(key, child);
		}
		if (!(child instanceof Map<?, ?>)) {
			throw conflict();
		}
		return (Map<String, @Nullable Object>) child;
	}

	@SuppressWarnings("unchecked")
	private static List<@Nullable Object> childArray(Map<String, @Nullable Object> hash, String key) {
		Object child = hash.get(key);
		if (child == null && !hash.containsKey(key)) {
			child = new ArrayList<@Nullable Object>();
			hash.put(key, child);
		}
		if (!(child instanceof List<?>)) {
			throw conflict();
		}
		return (List<@Nullable Object>) child;
	}

	private static boolean hasPath(Object hash, List<String> path) {
		Object current = hash;
		for (String segment : path) {
			if (segment.isEmpty() || !(current instanceof Map<?, ?> map) || !map.containsKey(segment)) {
				return false;
			}
			current = map.get(segment);
		}
		return true;
	}

	private static MalformedCallbackException conflict() {
		return new MalformedCallbackException("callback query string mixes a value, a hash and an array under one key");
	}

	private static Map<String, @Nullable Object> freeze(Map<String, @Nullable Object> hash) {
		Map<String, @Nullable Object> frozen = new LinkedHashMap<>();
		hash.forEach((key, value) -> frozen.put(key, freezeValue(value)));
		return Collections.unmodifiableMap(frozen);
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object freezeValue(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return freeze((Map<String, @Nullable Object>) map);
		}
		if (value instanceof List<?> list) {
			List<@Nullable Object> frozen = new ArrayList<>(list.size());
			list.forEach((element) -> frozen.add(freezeValue(element)));
			return Collections.unmodifiableList(frozen);
		}
		return value;
	}

	private static Map<String, @Nullable Object> readObject(JsonParser parser, int depth) {
		checkDepth(depth);
		Map<String, @Nullable Object> members = new LinkedHashMap<>();
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			members.put(name, readValue(parser, depth));
		}
		if (token != JsonToken.END_OBJECT) {
			throw new MalformedCallbackException("callback body is not valid JSON");
		}
		return Collections.unmodifiableMap(members);
	}

	private static List<@Nullable Object> readArray(JsonParser parser, int depth) {
		checkDepth(depth);
		List<@Nullable Object> elements = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			elements.add(readValue(parser, depth));
		}
		return Collections.unmodifiableList(elements);
	}

	private static @Nullable Object readValue(JsonParser parser, int depth) {
		JsonToken token = parser.currentToken();
		if (token == null) {
			throw new MalformedCallbackException("callback body is not valid JSON");
		}
		return switch (token) {
			case START_OBJECT -> readObject(parser, depth + 1);
			case START_ARRAY -> readArray(parser, depth + 1);
			case VALUE_NULL -> null;
			case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getString();
			default -> throw new MalformedCallbackException("callback body is not valid JSON");
		};
	}

	private static void checkDepth(int depth) {
		if (depth > MAX_DEPTH) {
			throw new MalformedCallbackException("callback body is nested too deeply");
		}
	}

}
