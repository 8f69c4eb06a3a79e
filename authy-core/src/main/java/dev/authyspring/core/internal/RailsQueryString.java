package dev.authyspring.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Serialises callback parameters the way Rails' {@code Hash#to_query} does: the canonical
 * form in which Authy signs a POST callback's JSON body.
 *
 * <p>
 * Per hash level, members are rendered, empty hashes and arrays dropped, and the rendered
 * members sorted by their encoded text; arrays keep their order and render as
 * {@code key[]}; {@code null} renders as an empty value. Sorting all leaves globally
 * instead would regroup arrays of hashes and break real signatures.
 */
public final class RailsQueryString {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private RailsQueryString() {
	}

	/**
	 * Renders a parameter tree as produced by
	 * {@link dev.authyspring.core.onetouch.CallbackParameters}.
	 * @param parameters the top-level members
	 * @return the canonical query string, without a leading {@code ?}
	 */
	public static String of(Map<String, ? extends @Nullable Object> parameters) {
		String rendered = renderHash(parameters, null);
		return (rendered != null) ? rendered : "";
	}

	/**
	 * Renders a hash whose keys sit below an already escaped namespace: escaping works
	 * character by character, so {@code escape(ns + "[" + k + "]")} is
	 * {@code escape(ns) + "%5B" + escape(k) + "%5D"}, and no prefix is escaped twice.
	 */
	private static @Nullable String renderHash(Map<String, ? extends @Nullable Object> hash,
			@Nullable String escapedNamespace) {
		String[] members = new String[hash.size()];
		int count = 0;
		for (Map.Entry<String, ? extends @Nullable Object> entry : hash.entrySet()) {
			Object value = entry.getValue();
			if (isEmptyContainer(value)) {
				continue;
			}
			String escapedKey = (escapedNamespace != null) ? escapedNamespace + "%5B" + escape(entry.getKey()) + "%5D"
					: escape(entry.getKey());
			String rendered = render(value, escapedKey);
			if (rendered != null) {
				members[count++] = rendered;
			}
		}
		if (count == 0) {
			return null;
		}
		Arrays.sort(members, 0, count);
		if (count == 1) {
			return members[0];
		}
		int length = count - 1;
		for (int i = 0; i < count; i++) {
			length += members[i].length();
		}
		StringBuilder joined = new StringBuilder(length);
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				joined.append('&');
			}
			joined.append(members[i]);
		}
		return joined.toString();
	}

	private static @Nullable String render(@Nullable Object value, String escapedKey) {
		if (value instanceof Map<?, ?> map) {
			@SuppressWarnings("unchecked")
			Map<String, ? extends @Nullable Object> hash = (Map<String, ? extends @Nullable Object>) map;
			return renderHash(hash, escapedKey);
		}
		if (value instanceof List<?> list) {
			return renderArray(list, escapedKey);
		}
		return (value != null) ? escapedKey + "=" + escape(value.toString()) : escapedKey + "=";
	}

	private static String renderArray(List<?> list, String escapedKey) {
		String prefix = escapedKey + "%5B%5D";
		if (list.isEmpty()) {
			// Rails renders an empty array that sits inside an array as "key[]=".
			return prefix + "=";
		}
		StringBuilder elements = new StringBuilder();
		for (Object element : list) {
			String rendered = render(element, prefix);
			if (rendered != null) {
				if (!elements.isEmpty()) {
					elements.append('&');
				}
				elements.append(rendered);
			}
		}
		return elements.toString();
	}

	private static boolean isEmptyContainer(@Nullable Object value) {
		return (value instanceof Map<?, ?> map && map.isEmpty()) || (value instanceof List<?> list && list.isEmpty());
	}

	/**
	 * Escapes like Ruby's {@code CGI.escape}: UTF-8 bytes, unreserved characters
	 * {@code A-Z a-z 0-9 _ . - ~} kept, space as {@code +}, everything else as upper-case
	 * {@code %XX}. {@link java.net.URLEncoder} differs on {@code *} and {@code ~}.
	 * @param text the text to escape
	 * @return the escaped text
	 */
	public static String escape(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		StringBuilder escaped = null;
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			if (isUnreserved(b)) {
				if (escaped != null) {
					escaped.append((char) b);
				}
				continue;
			}
			if (escaped == null) {
				escaped = new StringBuilder(bytes.length + 16);
				escaped.append(text, 0, i);
			}
			if (b == ' ') {
				escaped.append('+');
			}
			else {
				escaped.append('%').append(HEX[b >> 4]).append(HEX[b & 0x0F]);
			}
		}
		return (escaped != null) ? escaped.toString() : text;
	}

	private static boolean isUnreserved(int b) {
		return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '.'
				|| b == '-' || b == '~';
	}

}
