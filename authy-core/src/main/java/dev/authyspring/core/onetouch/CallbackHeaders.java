package dev.authyspring.core.onetouch;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Looks up a request header by name, ignoring case.
 *
 * <p>
 * Authy's load balancer may send the signature headers in lower case (HTTP/2), so an
 * implementation must match names case-insensitively, as
 * {@code HttpServletRequest::getHeader} does.
 */
@FunctionalInterface
public interface CallbackHeaders {

	/**
	 * Returns the first value of a header.
	 * @param name the header name, in any case
	 * @return the first value, or {@code null} if the header is absent
	 */
	@Nullable String get(String name);

	/**
	 * Creates a case-insensitive lookup over a map of headers.
	 * @param headers the headers, names in any case
	 * @return the lookup
	 */
	static CallbackHeaders of(Map<String, ? extends List<String>> headers) {
		TreeMap<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> {
			if (name != null && values != null && !values.isEmpty()) {
				byName.putIfAbsent(name, List.copyOf(values));
			}
		});
		return (name) -> {
			List<String> values = byName.get(name);
			return (values != null) ? values.get(0) : null;
		};
	}

}
