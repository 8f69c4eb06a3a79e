package dev.authyspring.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A path such as {@code /protected/json/users/{id}/status}: literal segments, and named
 * variables that take any one raw segment, even an empty one, or only those a regular
 * expression accepts, as in {@code {id:[0-9]{1,18}}}. Segments are compared as sent, not
 * decoded, and a trailing slash is a segment of its own.
 */
final class PathPattern {

	private final String text;

	private final List<Segment> segments;

	private PathPattern(String text, List<Segment> segments) {
		this.text = text;
		this.segments = segments;
	}

	/**
	 * Parses a pattern.
	 * @throws IllegalArgumentException if it does not start with a slash or names a
	 * variable twice
	 */
	static PathPattern parse(String pattern) {
		if (!pattern.startsWith("/")) {
			throw new IllegalArgumentException("Path pattern '" + pattern + "' must start with '/'");
		}
		List<Segment> segments = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (String part : split(pattern)) {
			Segment segment = Segment.parse(part);
			if (segment.variable() && !names.add(segment.text())) {
				throw new IllegalArgumentException(
						"Path pattern '" + pattern + "' names '" + segment.text() + "' twice");
			}
			segments.add(segment);
		}
		return new PathPattern(pattern, List.copyOf(segments));
	}

	/**
	 * Splits a raw path into the segments patterns match, the empty text before the
	 * leading slash first.
	 */
	static String[] split(String path) {
		return path.split("/", -1);
	}

	/**
	 * Matches the segments of a path.
	 * @return the variables, or {@code null} if the path does not match
	 */
	@Nullable PathVariables match(String[] path) {
		if (path.length != this.segments.size()) {
			return null;
		}
		Map<String, String> variables = new LinkedHashMap<>();
		for (int i = 0; i < path.length; i++) {
			Segment segment = this.segments.get(i);
			if (!segment.matches(path[i])) {
				return null;
			}
			if (segment.variable()) {
				variables.put(segment.text(), path[i]);
			}
		}
		return new PathVariables(variables);
	}

	@Override
	public String toString() {
		return this.text;
	}

	/**
	 * A literal, or a variable with its name as text and an optional constraint.
	 */
	private record Segment(String text, boolean variable, @Nullable Pattern constraint) {

		static Segment parse(String part) {
			if (!part.startsWith("{") || !part.endsWith("}")) {
				return new Segment(part, false, null);
			}
			String inner = part.substring(1, part.length() - 1);
			int colon = inner.indexOf(':');
			if (colon < 0) {
				return new Segment(inner, true, null);
			}
			return new Segment(inner.substring(0, colon), true, Pattern.compile(inner.substring(colon + 1)));
		}

		boolean matches(String part) {
			if (!this.variable) {
				return this.text.equals(part);
			}
			return this.constraint == null || this.constraint.matcher(part).matches();
		}

	}

}
