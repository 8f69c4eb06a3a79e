package dev.authyspring.client;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Lenient reads of Authy's JSON, which is not consistent about types: {@code success} may
 * be a string, ids may be numbers or strings, fields may be missing or null.
 */
final class JsonFields {

	private JsonFields() {
	}

	static @Nullable JsonNode child(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull() || value.isMissingNode()) ? null : value;
	}

	static @Nullable String text(JsonNode node, String name) {
		JsonNode value = child(node, name);
		if (value == null || value.isContainer()) {
			return null;
		}
		return value.isString() ? value.stringValue() : value.asString();
	}

	static String text(JsonNode node, String name, String fallback) {
		String value = text(node, name);
		return (value != null) ? value : fallback;
	}

	static @Nullable Boolean optionalBool(JsonNode node, String name) {
		JsonNode value = child(node, name);
		if (value == null) {
			return null;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isString()) {
			String text = value.stringValue();
			if ("true".equalsIgnoreCase(text)) {
				return true;
			}
			if ("false".equalsIgnoreCase(text)) {
				return false;
			}
			return null;
		}
		if (value.isIntegralNumber()) {
			return value.longValue() != 0;
		}
		return null;
	}

	static boolean bool(JsonNode node, String name) {
		Boolean value = optionalBool(node, name);
		return value != null && value;
	}

	static @Nullable Long optionalLong(JsonNode node, String name) {
		JsonNode value = child(node, name);
		if (value == null) {
			return null;
		}
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			return value.longValue();
		}
		if (value.isString()) {
			try {
				return Long.parseLong(value.stringValue().trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	static long longValue(JsonNode node, String name, long fallback) {
		Long value = optionalLong(node, name);
		return (value != null) ? value : fallback;
	}

	static @Nullable Integer optionalInt(JsonNode node, String name) {
		Long value = optionalLong(node, name);
		return (value != null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) ? value.intValue() : null;
	}

	static @Nullable Instant epochSeconds(JsonNode node, String name) {
		Long value = optionalLong(node, name);
		return (value != null) ? Instant.ofEpochSecond(value) : null;
	}

	static @Nullable Instant isoInstant(JsonNode node, String name) {
		String value = text(node, name);
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static List<String> strings(JsonNode node, String name) {
		JsonNode value = child(node, name);
		if (value == null || !value.isArray()) {
			return List.of();
		}
		List<String> strings = new ArrayList<>(value.size());
		for (JsonNode element : value.values()) {
			if (!element.isNull() && !element.isContainer()) {
				strings.add(element.asString());
			}
		}
		return strings;
	}

	/**
	 * Returns Authy's message: top-level {@code message}, else {@code errors.message}.
	 */
	static String message(JsonNode body) {
		String message = text(body, "message");
		if (message == null) {
			JsonNode errors = child(body, "errors");
			message = (errors != null) ? text(errors, "message") : null;
		}
		return (message != null) ? message : "";
	}

}
