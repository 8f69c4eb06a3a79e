package dev.authyspring.benchmarks.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.authyspring.benchmarks.startup.StartupCost;

import static dev.authyspring.benchmarks.report.MarkdownTable.number;

/**
 * Splits the refresh's sampled CPU time, printed by
 * {@link dev.authyspring.benchmarks.startup.StartupProfiler} for the three classpaths
 * started in rounds, by cause, and shows what Boot's RestClient support and the starter's
 * own auto-configuration add to each: the medians of the per-round differences.
 */
public final class StartupProfileReport {

	private static final Pattern VALUE = Pattern.compile("(\\w+)_ms=([-\\d.]+)");

	private StartupProfileReport() {
	}

	/**
	 * Writes the report.
	 * @param args the profiled runs without the starter, with restclient only and with
	 * the starter; the output file
	 */
	public static void main(String[] args) throws Exception {
		if (args.length != 4) {
			throw new IllegalArgumentException(
					"usage: StartupProfileReport without.txt restclient.txt with.txt out.md");
		}
		Files.writeString(Path.of(args[3]), render(Files.readString(Path.of(args[0])),
				Files.readString(Path.of(args[1])), Files.readString(Path.of(args[2]))));
	}

	static String render(String without, String restClient, String with) {
		List<Map<String, Double>> a = parse(without);
		List<Map<String, Double>> b = parse(restClient);
		List<Map<String, Double>> c = parse(with);
		int rounds = Math.min(a.size(), Math.min(b.size(), c.size()));
		if (rounds == 0) {
			return "No profiled start-up runs.\n";
		}
		MarkdownTable table = new MarkdownTable("CPU ms of the refresh spent in", "web app", "+ restclient",
				"+ starter", "added by Boot's restclient", "added by the starter's own part");
		addRow(table, "the whole refresh", "total", a, b, c, rounds);
		for (StartupCost cost : StartupCost.values()) {
			addRow(table, cost.description(), cost.name().toLowerCase(Locale.ROOT), a, b, c, rounds);
		}
		return String.format(Locale.ROOT,
				"CPU time of the refresh sampled with async-profiler (1 ms per sample, main thread only), %d fresh "
						+ "JVMs per classpath, started in rounds with the order rotating; medians, and medians of "
						+ "the per-round differences. A sample counts for the first cause its stack shows, in the "
						+ "order of the table, so a class loaded by the starter's code counts as the starter's "
						+ "code; the last row is the class loading inside all of them.%n%n%s",
				rounds, table);
	}

	private static List<Map<String, Double>> parse(String output) {
		List<Map<String, Double>> runs = new ArrayList<>();
		for (String line : output.split("\n")) {
			if (!line.startsWith("profile ")) {
				continue;
			}
			Map<String, Double> values = new HashMap<>();
			Matcher matcher = VALUE.matcher(line);
			while (matcher.find()) {
				values.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
			}
			runs.add(values);
		}
		return runs;
	}

	private static List<Double> values(List<Map<String, Double>> runs, String key, int rounds) {
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			values.add(runs.get(i).getOrDefault(key, 0.0));
		}
		return values;
	}

	private static void addRow(MarkdownTable table, String name, String key, List<Map<String, Double>> without,
			List<Map<String, Double>> restClient, List<Map<String, Double>> with, int rounds) {
		List<Double> a = values(without, key, rounds);
		List<Double> b = values(restClient, key, rounds);
		List<Double> c = values(with, key, rounds);
		table.row(name, number(Medians.of(a)), number(Medians.of(b)), number(Medians.of(c)),
				signed(Spread.of(b, a, rounds).median()), signed(Spread.of(c, b, rounds).median()));
	}

	private static String signed(double value) {
		return String.format(Locale.ROOT, "%+.1f", value);
	}

}
