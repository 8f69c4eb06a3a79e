package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.authyspring.benchmarks.report.MarkdownTable.number;

/**
 * The increments {@link dev.authyspring.benchmarks.startup.IncrementalStartupTimer}
 * measured in one JVM once Boot's web start-up is warm, one line per JVM.
 */
final class IncrementalStartupSection {

	private static final Pattern INCREMENTAL = Pattern.compile(
			"warm_ms=([\\d.]+) restclient_cold_ms=([\\d.]+) restclient_warm_ms=([\\d.]+) starter_cold_ms=([\\d.]+)");

	private IncrementalStartupSection() {
	}

	/**
	 * The section.
	 * @param output what the JVMs printed
	 * @return the section, starting with a blank line, or empty without runs
	 */
	static String render(String output) {
		List<Double> restClient = new ArrayList<>();
		List<Double> restClientWarm = new ArrayList<>();
		List<Double> starter = new ArrayList<>();
		List<Double> warm = new ArrayList<>();
		Matcher matcher = INCREMENTAL.matcher(output);
		while (matcher.find()) {
			double warmMillis = Double.parseDouble(matcher.group(1));
			double restClientWarmMillis = Double.parseDouble(matcher.group(3));
			warm.add(warmMillis);
			restClientWarm.add(restClientWarmMillis);
			restClient.add(Double.parseDouble(matcher.group(2)) - warmMillis);
			starter.add(Double.parseDouble(matcher.group(4)) - restClientWarmMillis);
		}
		if (starter.isEmpty()) {
			return "";
		}
		int runs = starter.size();
		MarkdownTable table = new MarkdownTable("first start of", ">JVMs", ">added to the refresh, ms [95% CI]");
		table.row("Boot's RestClient auto-configurations (vs the warm web app, " + number(Medians.of(warm)) + " ms)",
				runs, Spread.of(restClient).format());
		table.row("the starter's auto-configuration (vs the warm web app with them, "
				+ number(Medians.of(restClientWarm)) + " ms)", runs, Spread.of(starter).format());
		return "\nThe same, measured with less scatter: in one JVM the web application is started four times "
				+ "without Boot's RestClient auto-configurations and without `authy.api-key`, then once with those "
				+ "auto-configurations (cold for them), once more (warm), then once with `authy.api-key` (cold for the "
				+ "starter's beans): `IncrementalStartupTimer`, one fresh JVM per row of data, medians with their "
				+ "95 % confidence interval. Spring's own code is warm here, so this is what the starter's classes, "
				+ "conditions and beans cost, not what a cold JVM pays for the Spring code they use.\n\n" + table;
	}

}
