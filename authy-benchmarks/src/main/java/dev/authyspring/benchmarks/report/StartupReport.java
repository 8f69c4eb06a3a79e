package dev.authyspring.benchmarks.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.authyspring.benchmarks.report.MarkdownTable.number;

/**
 * Compares the context refresh times printed by
 * {@link dev.authyspring.benchmarks.startup.StartupTimer} with and without the starter.
 */
public final class StartupReport {

	/** Most time the starter may add to the context refresh, in milliseconds. */
	static final double TARGET_MILLIS = 50;

	private static final Pattern LINE = Pattern.compile("refresh_ms=([\\d.]+) run_ms=([\\d.]+) beans=(\\d+) authy=(\\w+)");

	private StartupReport() {
	}

	public static void main(String[] args) throws Exception {
		Files.writeString(Path.of(args[2]),
				render(Files.readString(Path.of(args[0])), Files.readString(Path.of(args[1]))));
	}

	static String render(String without, String with) {
		Samples a = Samples.parse(without);
		Samples b = Samples.parse(with);
		if (b.authy.contains("false") || a.authy.contains("true")) {
			throw new IllegalArgumentException("the with/without runs did not have the expected Authy beans");
		}
		MarkdownTable table = new MarkdownTable("classpath", ">runs", ">median refresh ms", ">min refresh ms",
				">median SpringApplication.run ms", ">beans");
		table.row("web app without the starter", a.refresh.size(), number(median(a.refresh)), number(min(a.refresh)),
				number(median(a.run)), a.beans);
		table.row("web app with the starter", b.refresh.size(), number(median(b.refresh)), number(min(b.refresh)),
				number(median(b.run)), b.beans);
		double added = median(b.refresh) - median(a.refresh);
		return table + "\nThe starter adds " + number(Math.max(0, added)) + " ms (median"
				+ ((added < 0) ? ", measured " + String.format(java.util.Locale.ROOT, "%.1f", added) : "")
				+ ") to the context refresh: target under 50 ms, " + ((added < TARGET_MILLIS) ? "hit" : "**MISS**")
				+ ".\n";
	}

	static double median(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static double min(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
	}

	private record Samples(List<Double> refresh, List<Double> run, String beans, List<String> authy) {

		static Samples parse(String output) {
			List<Double> refresh = new ArrayList<>();
			List<Double> run = new ArrayList<>();
			List<String> authy = new ArrayList<>();
			String beans = "n/a";
			Matcher matcher = LINE.matcher(output);
			while (matcher.find()) {
				refresh.add(Double.parseDouble(matcher.group(1)));
				run.add(Double.parseDouble(matcher.group(2)));
				beans = matcher.group(3);
				authy.add(matcher.group(4));
			}
			if (refresh.isEmpty()) {
				throw new IllegalArgumentException("no StartupTimer output");
			}
			return new Samples(refresh, run, beans, authy);
		}

	}

}
