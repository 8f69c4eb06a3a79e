package dev.authyspring.client;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields of an answer whose types matter: a field that is present with a type it
 * cannot have fails the call, instead of quietly becoming a default (a country code of 0,
 * say). Absent and {@code null} fields are allowed and read as {@link JsonFields} reads
 * them, and the types older API versions used (numbers and booleans as strings) are
 * accepted.
 */
final class TypedFields {

	private final JsonNode node;

	private final String operation;

	TypedFields(JsonNode node, String operation) {
		this.node = node;
		this.operation = operation;
	}

	long number(String name, long fallback) {
		JsonNode value = JsonFields.child(this.node, name);
		Long number = JsonFields.optionalLong(this.node, name);
		if (value != null && number == null) {
			throw wrongType(name, "a whole number");
		}
		return (number != null) ? number : fallback;
	}

	int smallNumber(String name, int fallback) {
		long number = number(name, fallback);
		if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
			throw wrongType(name, "a whole number");
		}
		return (int) number;
	}

	boolean flag(String name) {
		JsonNode value = JsonFields.child(this.node, name);
		Boolean flag = JsonFields.optionalBool(this.node, name);
		if (value != null && flag == null) {
			throw wrongType(name, "true or false");
		}
		return flag != null && flag;
	}

	@Nullable String text(String name) {
		JsonNode value = JsonFields.child(this.node, name);
		if (value != null && !value.isString() && !value.isNumber()) {
			throw wrongType(name, "text");
		}
		return JsonFields.text(this.node, name);
	}

	List<String> texts(String name) {
		JsonNode value = JsonFields.child(this.node, name);
		if (value != null && (!value.isArray() || value.values().stream().anyMatch(JsonNode::isContainer))) {
			throw wrongType(name, "a list of text");
		}
		return JsonFields.strings(this.node, name);
	}

	/** The array of objects named {@code name}, empty when absent. */
	List<JsonNode> objects(String name) {
		JsonNode value = JsonFields.child(this.node, name);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray() || value.values().stream().anyMatch((element) -> !element.isObject())) {
			throw wrongType(name, "a list of objects");
		}
		return List.copyOf(value.values());
	}

	private AuthyTransportException wrongType(String name, String expected) {
		return new AuthyTransportException(this.operation, "unexpected response: '" + name + "' is not " + expected,
				null);
	}

}
