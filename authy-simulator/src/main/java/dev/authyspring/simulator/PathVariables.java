package dev.authyspring.simulator;

import java.util.Map;

/**
 * The variables a {@link PathPattern} took from a path, by name, as sent.
 */
record PathVariables(Map<String, String> values) {

	PathVariables {
		values = Map.copyOf(values);
	}

	/**
	 * The value of a variable.
	 * @throws IllegalArgumentException if the pattern has no such variable
	 */
	String get(String name) {
		String value = this.values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("No path variable '" + name + "'");
		}
		return value;
	}

	@Override
	public String toString() {
		// Values may be tokens or ids a log must not show.
		return "PathVariables" + this.values.keySet();
	}

}
