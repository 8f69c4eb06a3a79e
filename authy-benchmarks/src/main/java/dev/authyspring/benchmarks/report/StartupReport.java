package dev.authyspring.benchmarks.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.authyspring.benchmarks.report.MarkdownTable.number;

/**
 * Compares the context refresh times printed by
 * {@link dev.authyspring.benchmarks.startup.StartupTimer} for four classpaths started in
 * rounds: the web application alone; with Boot's {@code spring-boot-http-client}, which the
 * starter's client uses for its timeouts and request factories; with Boot's
 * {@code spring-boot-starter-restclient} (a dependency of the starter, which brings the
 * former); and with the starter.
 *
 * <p>
 * Start-up times of fresh JVMs on a shared 2-core machine scatter by a tenth or more, so
 * each round starts the three classpaths one after the other and the report works on the
 * differences within a round, with a distribution-free confidence interval of their median.
 */
public final class StartupReport {

	/** Most time the starter may add to the context refresh, in milliseconds. */
	static final double TARGET_MILLIS = 50;

	/** Most time the starter's own auto-configuration may add to an application with Boot's RestClient support, ms. */
	static final double OWN_TARGET_MILLIS = 15;

	private static final Pattern LINE = Pattern.compile(
			"refresh_ms=([\\d.]+) refresh_cpu_ms=([\\d.]+) run_ms=([\\d.]+) beans=(\\d+) authy=(\\w+)");

	private static final Pattern BEAN = Pattern.compile("bean=(\\S+) self_ms=([\\d.]+)");

	private static final Pattern INCREMENTAL = Pattern.compile(
			"warm_ms=([\\d.]+) restclient_cold_ms=([\\d.]+) restclient_warm_ms=([\\d.]+) starter_cold_ms=([\\d.]+)");

	private static final int TOP_BEANS = 12;

	private StartupReport() {
	}

	/**
	 * Writes the report.
	 * @param args the timed runs without the starter, with http-client only, with restclient
	 * only and with the starter; the recorded ({@code --breakdown}) runs with the starter and
	 * with restclient only; the output of
	 * {@link dev.authyspring.benchmarks.startup.IncrementalStartupTimer}; the output file
	 */
	public static void main(String[] args) throws Exception {
		if (args.length != 8 && args.length != 12) {
			throw new IllegalArgumentException("usage: StartupReport without.txt httpclient.txt restclient.txt with.txt "
					+ "breakdown-with.txt breakdown-restclient.txt incremental.txt out.md "
					+ "[before.txt before-name aot-restclient.txt aot-with.txt]");
		}
		String restClient = read(args[2]);
		String with = read(args[3]);
		String report = render(read(args[0]), read(args[1]), restClient, with, read(args[4]), read(args[5]));
		if (args.length == 12) {
			report += ownPart(restClient, with, read(args[8]), args[9], read(args[10]), read(args[11]));
		}
		Files.writeString(Path.of(args[7]), report + incremental(read(args[6])));
	}

	/**
	 * The starter's own part against its target, before and after, and AOT-processed: each
	 * from runs of the same rounds as the others. An empty output leaves its row out.
	 * @param restClient timed runs with Boot's RestClient support only
	 * @param with timed runs with the starter
	 * @param before timed runs with the starter as it was at {@code beforeName}
	 * @param beforeName what {@code before} was built from
	 * @param aotRestClient timed AOT-processed runs with Boot's RestClient support only
	 * @param aotWith timed AOT-processed runs with the starter
	 * @return the section, starting with a blank line
	 */
	static String ownPart(String restClient, String with, String before, String beforeName, String aotRestClient,
			String aotWith) {
		Samples boot = Samples.parse(restClient);
		Samples starter = Samples.parse(with);
		MarkdownTable runs = runsTable();
		MarkdownTable added = differencesTable();
		Difference own = Difference.of(starter, boot);
		addRow(added, "the starter's own auto-configuration, now (starter vs restclient)", own);
		if (!before.isBlank()) {
			Samples earlier = expect(Samples.parse(before), true, "before");
			row(runs, "web app + authy-spring-boot-starter at " + beforeName, earlier);
			addRow(added, "the starter's own auto-configuration at " + beforeName + " (starter then vs restclient)",
					Difference.of(earlier, boot));
			addRow(added, "now less then (starter vs starter at " + beforeName + ")", Difference.of(starter, earlier));
		}
		if (!aotRestClient.isBlank() && !aotWith.isBlank()) {
			Samples aotBoot = expect(Samples.parse(aotRestClient), false, "AOT restclient");
			Samples aotStarter = expect(Samples.parse(aotWith), true, "AOT starter");
			row(runs, "AOT-processed web app + spring-boot-starter-restclient", aotBoot);
			row(runs, "AOT-processed web app + authy-spring-boot-starter", aotStarter);
			addRow(added, "AOT-processed: the starter's own auto-configuration (starter vs restclient)",
					Difference.of(aotStarter, aotBoot));
		}
		double median = own.wall.median();
		return "\n### The starter's own part: target, before and after, AOT\n\n"
				+ "Started in the same rounds as the classpaths above (the order rotating over all of them). "
				+ "AOT-processed runs use code generated for each classpath by Spring Boot's "
				+ "`SpringApplicationAotProcessor` and `-Dspring.aot.enabled=true`, as a native image would, "
				+ "but on the JVM.\n\n" + runs + "\n" + added + "\nThe starter's own auto-configuration adds "
				+ Spread.signed(median) + " ms (median of " + own.rounds
				+ " rounds) to the refresh of an application that already has Boot's RestClient support: target at "
				+ "most " + number(OWN_TARGET_MILLIS) + " ms, " + ((median <= OWN_TARGET_MILLIS) ? "hit" : "**MISS**")
				+ ".\n";
	}

	private static Samples expect(Samples samples, boolean authy, String name) {
		if (samples.authy.contains(String.valueOf(!authy))) {
			throw new IllegalArgumentException("the " + name + " runs did not have the Authy beans where expected");
		}
		return samples;
	}

	/**
	 * The increments measured in one JVM once Boot's web start-up is warm, one line per JVM.
	 */
	static String incremental(String output) {
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
		table.row("Boot's RestClient auto-configurations (vs the warm web app, " + number(median(warm)) + " ms)", runs,
				Spread.of(restClient).format());
		table.row("the starter's auto-configuration (vs the warm web app with them, " + number(median(restClientWarm))
				+ " ms)", runs, Spread.of(starter).format());
		return "\nThe same, measured with less scatter: in one JVM the web application is started four times "
				+ "without Boot's RestClient auto-configurations and without `authy.api-key`, then once with those "
				+ "auto-configurations (cold for them), once more (warm), then once with `authy.api-key` (cold for the "
				+ "starter's beans): `IncrementalStartupTimer`, one fresh JVM per row of data, medians with their "
				+ "95 % confidence interval. Spring's own code is warm here, so this is what the starter's classes, "
				+ "conditions and beans cost, not what a cold JVM pays for the Spring code they use.\n\n" + table;
	}

	private static String read(String file) throws Exception {
		return Files.readString(Path.of(file));
	}

	static String render(String without, String httpClient, String restClient, String with, String breakdownWith,
			String breakdownRestClient) {
		Samples base = Samples.parse(without);
		Samples bootHttp = Samples.parse(httpClient);
		Samples boot = Samples.parse(restClient);
		Samples starter = Samples.parse(with);
		expect(base, false, "web app");
		expect(bootHttp, false, "http-client");
		expect(boot, false, "restclient");
		expect(starter, true, "starter");
		MarkdownTable runs = runsTable();
		row(runs, "web app", base);
		row(runs, "web app + spring-boot-http-client", bootHttp);
		row(runs, "web app + spring-boot-starter-restclient", boot);
		row(runs, "web app + authy-spring-boot-starter", starter);

		MarkdownTable added = differencesTable();
		Difference total = Difference.of(starter, base);
		// The client needs Boot's HttpClientSettings and request factory builders whether or
		// not Boot's RestClient support comes with it: without that support, the starter would
		// bring spring-boot-http-client and its own part.
		Difference withoutRestClient = Difference.sum(bootHttp, base, starter, boot);
		addRow(added, "the starter (starter vs web app)", total);
		addRow(added, "of which Boot's spring-boot-http-client (http-client vs web app)", Difference.of(bootHttp, base));
		addRow(added, "of which the rest of Boot's spring-boot-starter-restclient (restclient vs http-client)",
				Difference.of(boot, bootHttp));
		addRow(added, "of which the starter's own auto-configuration (starter vs restclient)",
				Difference.of(starter, boot));
		addRow(added, "estimate: the starter without Boot's RestClient support (http-client vs web app, plus starter "
				+ "vs restclient, per round)", withoutRestClient);

		StringBuilder out = new StringBuilder();
		out.append(runs).append('\n');
		out.append("Time added to the context refresh: the median of the per-round differences, with the 95 % ")
			.append("confidence interval of that median (order statistics of the binomial distribution).\n\n");
		out.append(added).append('\n');
		double median = total.wall.median();
		out.append("The starter adds ")
			.append((median < 0) ? "-" + number(-median) : number(median))
			.append(" ms (median of ")
			.append(total.rounds)
			.append(" rounds) to the context refresh: target under 50 ms, ")
			.append((median < TARGET_MILLIS) ? "hit" : "**MISS**")
			.append(".\n\n");
		out.append("Without Boot's RestClient support, the starter would still bring `spring-boot-http-client`; ")
			.append("estimated from the same rounds, it would add ")
			.append(withoutRestClient.wall.format())
			.append(" ms (median [95 % CI]).\n");
		out.append(ownBeans(breakdownWith, breakdownRestClient));
		return out.toString();
	}

	private static MarkdownTable runsTable() {
		return new MarkdownTable("classpath", ">runs", ">median refresh ms", ">min refresh ms", ">median refresh CPU ms",
				">median SpringApplication.run ms", ">beans");
	}

	private static MarkdownTable differencesTable() {
		return new MarkdownTable("compared", ">rounds", ">wall ms [95% CI]", ">main-thread CPU ms [95% CI]");
	}

	private static void row(MarkdownTable table, String name, Samples samples) {
		table.row(name, samples.refresh.size(), number(median(samples.refresh)), number(min(samples.refresh)),
				number(median(samples.cpu)), number(median(samples.run)), samples.beans);
	}

	private static void addRow(MarkdownTable table, String name, Difference difference) {
		table.row(name, difference.rounds, difference.wall.format(), difference.cpu.format());
	}

	/**
	 * The beans only the starter's classpath has, by their median instantiation time without
	 * nested beans over the recorded runs.
	 */
	static String ownBeans(String breakdownWith, String breakdownRestClient) {
		List<Map<String, Double>> withRuns = BeanTimes.parse(breakdownWith);
		List<Map<String, Double>> bootRuns = BeanTimes.parse(breakdownRestClient);
		if (withRuns.isEmpty()) {
			return "";
		}
		Map<String, List<Double>> own = new LinkedHashMap<>();
		for (Map<String, Double> run : withRuns) {
			for (String bean : run.keySet()) {
				if (bootRuns.stream().noneMatch((other) -> other.containsKey(bean))) {
					own.computeIfAbsent(bean, (key) -> new ArrayList<>());
				}
			}
		}
		for (Map.Entry<String, List<Double>> entry : own.entrySet()) {
			for (Map<String, Double> run : withRuns) {
				entry.getValue().add(run.getOrDefault(entry.getKey(), 0.0));
			}
		}
		List<Map.Entry<String, Double>> medians = new ArrayList<>();
		double sum = 0;
		for (Map.Entry<String, List<Double>> entry : own.entrySet()) {
			double value = median(entry.getValue());
			medians.add(Map.entry(entry.getKey(), value));
			sum += value;
		}
		medians.sort(Map.Entry.<String, Double>comparingByValue().reversed());
		MarkdownTable table = new MarkdownTable("bean", ">instantiation ms (without nested beans)");
		medians.stream().limit(TOP_BEANS).forEach((entry) -> table.row(entry.getKey(), number(entry.getValue())));
		if (medians.size() > TOP_BEANS) {
			double rest = medians.stream().skip(TOP_BEANS).mapToDouble(Map.Entry::getValue).sum();
			table.row((medians.size() - TOP_BEANS) + " more", number(rest));
		}
		table.row("all " + medians.size() + " beans of the starter's classpath", number(sum));
		return "\nWhere the starter's own beans spend it (the beans that only the starter's classpath defines; median of "
				+ withRuns.size() + " runs recorded with `BufferingApplicationStartup`, which slows the start itself; "
				+ "class loading and condition evaluation outside bean creation are not in this table):\n\n" + table;
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

	/**
	 * The 1-based rank k such that [x(k), x(n+1-k)] of n sorted values covers their median
	 * with at least 95 % confidence, or 0 when n is too small for that.
	 */
	static int confidenceRank(int n) {
		// P(X <= k - 1) for X ~ Binomial(n, 1/2) must stay at or under 2.5 %.
		double cumulative = 0;
		double term = Math.pow(0.5, n);
		int rank = 0;
		for (int k = 1; k <= n / 2; k++) {
			cumulative += term;
			if (cumulative > 0.025) {
				break;
			}
			rank = k;
			term = term * (n - (k - 1)) / k;
		}
		return rank;
	}

	/** Per-round differences between two classpaths. */
	private record Difference(int rounds, Spread wall, Spread cpu) {

		static Difference of(Samples a, Samples b) {
			int rounds = Math.min(a.refresh.size(), b.refresh.size());
			return new Difference(rounds, Spread.of(a.refresh, b.refresh, rounds), Spread.of(a.cpu, b.cpu, rounds));
		}

		/** The per-round sum of two differences, (a - b) + (c - d). */
		static Difference sum(Samples a, Samples b, Samples c, Samples d) {
			int rounds = Math.min(Math.min(a.refresh.size(), b.refresh.size()),
					Math.min(c.refresh.size(), d.refresh.size()));
			return new Difference(rounds, Spread.of(sums(a.refresh, b.refresh, c.refresh, d.refresh, rounds)),
					Spread.of(sums(a.cpu, b.cpu, c.cpu, d.cpu, rounds)));
		}

		private static List<Double> sums(List<Double> a, List<Double> b, List<Double> c, List<Double> d, int rounds) {
			List<Double> sums = new ArrayList<>();
			for (int i = 0; i < rounds; i++) {
				sums.add((a.get(i) - b.get(i)) + (c.get(i) - d.get(i)));
			}
			return sums;
		}

	}

	/** The median of per-round differences and its confidence interval. */
	record Spread(double median, double low, double high) {

		static Spread of(List<Double> a, List<Double> b, int rounds) {
			List<Double> differences = new ArrayList<>();
			for (int i = 0; i < rounds; i++) {
				differences.add(a.get(i) - b.get(i));
			}
			return of(differences);
		}

		static Spread of(List<Double> values) {
			List<Double> differences = new ArrayList<>(values);
			int rounds = differences.size();
			differences.sort(null);
			int rank = confidenceRank(rounds);
			if (rank == 0) {
				return new Spread(StartupReport.median(differences), Double.NaN, Double.NaN);
			}
			return new Spread(StartupReport.median(differences), differences.get(rank - 1), differences.get(rounds - rank));
		}

		String format() {
			if (Double.isNaN(this.low)) {
				return signed(this.median) + " [too few rounds]";
			}
			return String.format(Locale.ROOT, "%s [%s, %s]", signed(this.median), signed(this.low), signed(this.high));
		}

		/** A difference can be negative where the other classpath was faster in that round. */
		static String signed(double value) {
			return (value < 0) ? "-" + number(-value) : number(value);
		}

	}

	private record Samples(List<Double> refresh, List<Double> cpu, List<Double> run, String beans, List<String> authy) {

		static Samples parse(String output) {
			List<Double> refresh = new ArrayList<>();
			List<Double> cpu = new ArrayList<>();
			List<Double> run = new ArrayList<>();
			List<String> authy = new ArrayList<>();
			String beans = "n/a";
			Matcher matcher = LINE.matcher(output);
			while (matcher.find()) {
				refresh.add(Double.parseDouble(matcher.group(1)));
				cpu.add(Double.parseDouble(matcher.group(2)));
				run.add(Double.parseDouble(matcher.group(3)));
				beans = matcher.group(4);
				authy.add(matcher.group(5));
			}
			if (refresh.isEmpty()) {
				throw new IllegalArgumentException("no StartupTimer output");
			}
			return new Samples(refresh, cpu, run, beans, authy);
		}

	}

	/** Bean self times of recorded runs; each run starts with its timing line. */
	private static final class BeanTimes {

		static List<Map<String, Double>> parse(String output) {
			List<Map<String, Double>> runs = new ArrayList<>();
			Map<String, Double> current = null;
			for (String line : output.split("\n")) {
				if (LINE.matcher(line).find()) {
					current = new LinkedHashMap<>();
					runs.add(current);
					continue;
				}
				Matcher bean = BEAN.matcher(line);
				if (bean.find() && current != null) {
					current.merge(bean.group(1), Double.parseDouble(bean.group(2)), Double::sum);
				}
			}
			return runs;
		}

	}

}
