package dev.authyspring.benchmarks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --name=value} command-line arguments with defaults.
 */
public final class Arguments {

	private final Map<String, String> values = new HashMap<>();

	/**
	 * Parses arguments.
	 * @param args the arguments, each {@code --name=value}
	 */
	public Arguments(String... args) {
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
			}
			this.values.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
	}

	/**
	 * Returns an argument's value if it was given.
	 * @param name the argument's name
	 * @return the value, or empty
	 */
	public Optional<String> find(String name) {
		return Optional.ofNullable(this.values.get(name));
	}

	public String get(String name, String defaultValue) {
		return this.values.getOrDefault(name, defaultValue);
	}

	public int getInt(String name, int defaultValue) {
		String value = this.values.get(name);
		return (value != null) ? Integer.parseInt(value) : defaultValue;
	}

	public List<String> getList(String name, String defaultValue) {
		return Arrays.stream(get(name, defaultValue).split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

	public List<Integer> getInts(String name, String defaultValue) {
		return getList(name, defaultValue).stream().map(Integer::valueOf).toList();
	}

}
