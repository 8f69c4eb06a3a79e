package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import static dev.authyspring.benchmarks.report.MarkdownTable.number;

/**
 * The increments {@link dev.authyspring.benchmarks.startup.IncrementalStartupTimer}
 * measured in one JVM once Boot's web start-up is warm, one line per JVM.
 */
final class IncrementalStartupSection {

	private static final Pattern INCREMENTAL = Pattern
		.compile("warm_ms=([\\d.]+) restclient_cold_ms=([\\d.]+) restclient_warm_ms=([\\d.]+) starter_cold_ms=([\\d.]+)"
				+ "(?: starter_warm_ms=([\\d.]+))?(?: api_types_ms=([\\d.]+))?");

	private IncrementalStartupSection() {
	}

	/**
	 * The section.
	 * @param output what the JVMs printed
	 * @return the section, starting with a blank line, or empty without runs
	 */
	static String render(String output) {
		Increments plain = new Increments();
		Increments apiTypesFirst = new Increments();
		Matcher matcher = INCREMENTAL.matcher(output);
		while (matcher.find()) {
			((matcher.group(6) != null) ? apiTypesFirst : plain).add(matcher);
		}
		if (plain.starterCold.isEmpty()) {
			return "";
		}
		int runs = plain.starterCold.size();
		MarkdownTable table = new MarkdownTable("start", ">JVMs", ">added to the refresh, ms [95% CI]");
		table.row("first of Boot's RestClient auto-configurations (vs the warm web app, "
				+ number(Medians.of(plain.warm)) + " ms)", runs, Spread.of(plain.restClient).format());
		table.row(
				"first of the starter's auto-configuration (vs the warm web app with them, "
						+ number(Medians.of(plain.restClientWarm)) + " ms)",
				runs, Spread.of(plain.starterCold).format());
		if (plain.starterWarm.size() == runs) {
			table.row("second of the starter's auto-configuration (same)", runs, Spread.of(plain.starterWarm).format());
		}
		String section = "\nThe same, measured with less scatter: in one JVM the web application is started four times "
				+ "without Boot's RestClient auto-configurations and without `authy.api-key`, then once with those "
				+ "auto-configurations (cold for them), once more (warm), then twice with `authy.api-key` (cold, then "
				+ "warm for the starter's beans): `IncrementalStartupTimer`, one fresh JVM per row of data, medians "
				+ "with their 95 % confidence interval. Spring's own code is warm here, so this is what the starter's "
				+ "classes, conditions and beans cost, not what a cold JVM pays for the Spring code they use. The "
				+ "second start is what the starter's work costs once its classes are loaded.\n\n" + table;
		if (apiTypesFirst.apiTypes.isEmpty()) {
			return section;
		}
		int typedRuns = apiTypesFirst.apiTypes.size();
		MarkdownTable typed = new MarkdownTable("in the JVMs that load the API types first", ">JVMs", ">ms [95% CI]");
		typed.row(
				"loading `AuthyUsers`, `AuthyTokens`, `AuthyOneTouch`, `AuthyPhones` and `AuthyApps` and reading "
						+ "their methods, just before the starter's first start",
				typedRuns, Spread.of(apiTypesFirst.apiTypes).format());
		typed.row(
				"then the starter's first start, added to the refresh (vs the warm web app with Boot's RestClient "
						+ "auto-configurations, " + number(Medians.of(apiTypesFirst.restClientWarm)) + " ms)",
				typedRuns, Spread.of(apiTypesFirst.starterCold).format());
		return section + "\nAs many JVMs again (`IncrementalStartupTimer --api-types-first`, alternating with the "
				+ "others) load the five API interfaces and read their declared methods just before the starter's "
				+ "first start. Spring's `EventListenerMethodProcessor` reads the methods of every bean's type, "
				+ "which loads each record and enum in their signatures, and it does so for a lazy bean too, by its "
				+ "declared type: that time is part of the starter's first start for as long as those five types are "
				+ "beans.\n\n" + typed;
	}

	/** One kind of JVM's increments. */
	private static final class Increments {

		private final List<Double> warm = new ArrayList<>();

		private final List<Double> restClientWarm = new ArrayList<>();

		private final List<Double> restClient = new ArrayList<>();

		private final List<Double> starterCold = new ArrayList<>();

		private final List<Double> starterWarm = new ArrayList<>();

		private final List<Double> apiTypes = new ArrayList<>();

		void add(Matcher matcher) {
			double warmMillis = Double.parseDouble(matcher.group(1));
			double restClientWarmMillis = Double.parseDouble(matcher.group(3));
			this.warm.add(warmMillis);
			this.restClientWarm.add(restClientWarmMillis);
			this.restClient.add(Double.parseDouble(matcher.group(2)) - warmMillis);
			this.starterCold.add(Double.parseDouble(matcher.group(4)) - restClientWarmMillis);
			@Nullable String starterWarmMillis = matcher.group(5);
			if (starterWarmMillis != null) {
				this.starterWarm.add(Double.parseDouble(starterWarmMillis) - restClientWarmMillis);
			}
			@Nullable String apiTypesMillis = matcher.group(6);
			if (apiTypesMillis != null) {
				this.apiTypes.add(Double.parseDouble(apiTypesMillis));
			}
		}

	}

}
