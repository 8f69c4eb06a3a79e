package dev.authyspring.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON reading and writing, and ordered object literals, since client tests compare whole
 * bodies with recorded ones.
 */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	/**
	 * An ordered object from alternating names and values.
	 */
	static Map<String, @Nullable Object> object(@Nullable Object... namesAndValues) {
		Map<String, @Nullable Object> object = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			object.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return object;
	}

	static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

}
