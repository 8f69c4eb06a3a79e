package dev.authyspring.core.onetouch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.authyspring.core.internal.MalformedParametersException;
import dev.authyspring.core.internal.RailsParameters;
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
	 * Parses a query string with Rails bracket notation ({@code a[b][c]=v},
	 * {@code a[]=v}, {@code a[][k]=v}) into the same tree as {@link #parseJson(byte[])},
	 * as {@link RailsParameters} does.
	 * @param rawQuery the raw query string, without {@code ?}
	 * @return the parameters
	 * @throws MalformedCallbackException if the query string is not well formed or mixes
	 * a value, a hash and an array under one key
	 */
	public static Map<String, @Nullable Object> parseQuery(String rawQuery) {
		try {
			return RailsParameters.parse(rawQuery, MAX_DEPTH, MAX_QUERY_PARAMETERS);
		}
		catch (MalformedParametersException ex) {
			throw new MalformedCallbackException("callback query string: " + ex.getMessage());
		}
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
