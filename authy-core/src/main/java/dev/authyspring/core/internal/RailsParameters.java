package dev.authyspring.core.internal;

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

/**
 * Parses {@code application/x-www-form-urlencoded} text with Rails bracket notation
 * ({@code a[b][c]=v}, {@code a[]=v}, {@code a[][k]=v}) into a tree of maps, lists,
 * strings and nulls, as Rails builds {@code params}: the one parser of both the OneTouch
 * callback's query string and the simulator's requests.
 *
 * <p>
 * Values are decoded strings; a parameter without {@code =} has a {@code null} value; a
 * repeated scalar parameter keeps its last value. Consecutive {@code a[][k]} entries fill
 * one array element until a key repeats, which starts the next element. The maps and
 * lists returned are unmodifiable, maps in the order their keys first appeared.
 */
public final class RailsParameters {

	private RailsParameters() {
	}

	/**
	 * Parses form-encoded text.
	 * @param text the raw text, a query string without {@code ?} or a form body
	 * @param maxDepth the most names a parameter may have, its base name included
	 * @param maxParameters the most parameters the text may have
	 * @return the parameters
	 * @throws MalformedParametersException if the text is not well formed, has too many
	 * or too deeply nested parameters, or mixes a value, a hash and an array under one
	 * key
	 */
	public static Map<String, @Nullable Object> parse(String text, int maxDepth, int maxParameters) {
		Map<String, @Nullable Object> root = new LinkedHashMap<>();
		int count = 0;
		for (String pair : text.split("&", -1)) {
			if (pair.isEmpty()) {
				continue;
			}
			if (++count > maxParameters) {
				throw new MalformedParametersException("too many parameters");
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : null;
			insert(root, keyPath(name, maxDepth), 0, value);
		}
		return freeze(root);
	}

	/**
	 * Decodes strictly: an escape that is not two hex digits, or bytes that are not
	 * UTF-8, make the text malformed rather than replacement characters in a uuid.
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
					throw new MalformedParametersException("invalid escape");
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
			throw new MalformedParametersException("not valid UTF-8");
		}
	}

	/**
	 * Splits {@code a[b][][c]} into {@code a, b, "", c}, where {@code ""} stands for
	 * {@code []}.
	 */
	private static List<String> keyPath(String name, int maxDepth) {
		int open = name.indexOf('[');
		String base = (open >= 0) ? name.substring(0, open) : name;
		if (base.isEmpty() || base.indexOf(']') >= 0) {
			throw invalidName();
		}
		List<String> path = new ArrayList<>();
		path.add(base);
		int position = (open >= 0) ? open : name.length();
		while (position < name.length()) {
			int close = name.indexOf(']', position);
			if (name.charAt(position) != '[' || close < 0) {
				throw invalidName();
			}
			String segment = name.substring(position + 1, close);
			boolean nestedArray = segment.isEmpty() && path.get(path.size() - 1).isEmpty();
			if (segment.indexOf('[') >= 0 || nestedArray) {
				throw invalidName();
			}
			path.add(segment);
			if (path.size() > maxDepth) {
				throw new MalformedParametersException("parameters nested too deeply");
			}
			position = close + 1;
		}
		return path;
	}

	private static MalformedParametersException invalidName() {
		return new MalformedParametersException("invalid parameter name");
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

	private static MalformedParametersException conflict() {
		return new MalformedParametersException("a value, a hash and an array under one key");
	}

	private static Map<String, @Nullable Object> freeze(Map<String, @Nullable Object> hash) {
		Map<String, @Nullable Object> frozen = new LinkedHashMap<>();
		for (Map.Entry<String, @Nullable Object> entry : hash.entrySet()) {
			frozen.put(entry.getKey(), freezeValue(entry.getValue()));
		}
		return Collections.unmodifiableMap(frozen);
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object freezeValue(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return freeze((Map<String, @Nullable Object>) map);
		}
		if (value instanceof List<?> list) {
			List<@Nullable Object> frozen = new ArrayList<>(list.size());
			for (Object element : list) {
				frozen.add(freezeValue(element));
			}
			return Collections.unmodifiableList(frozen);
		}
		return value;
	}

}
