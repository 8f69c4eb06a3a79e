package dev.authyspring.benchmarks.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.authyspring.benchmarks.report.MarkdownTable.number;

/**
 * Compares the context refresh times printed by
 * {@link dev.authyspring.benchmarks.startup.StartupTimer} for four classpaths started in
 * rounds: the web application alone; with Boot's {@code spring-boot-http-client}, which
 * the starter's client uses for its timeouts and request factories; with Boot's
 * {@code spring-boot-starter-restclient} (a dependency of the starter, which brings the
 * former); and with the starter.
 *
 * <p>
 * Start-up times of fresh JVMs on a shared 2-core machine scatter by a tenth or more, so
 * each round starts the three classpaths one after the other and the report works on the
 * differences within a round, with a distribution-free confidence interval of their
 * median.
 */
public final class StartupReport {

	/** Most time the starter may add to the context refresh, in milliseconds. */
	static final double TARGET_MILLIS = 50;

	/**
	 * Most time the starter's own auto-configuration may add to an application with
	 * Boot's RestClient support, ms.
	 */
	static final double OWN_TARGET_MILLIS = 15;

	private StartupReport() {
	}

	/**
	 * Writes the report.
	 * @param args the timed runs without the starter, with http-client only, with
	 * restclient only and with the starter; the recorded ({@code --breakdown}) runs with
	 * the starter and with restclient only; the output of
	 * {@link dev.authyspring.benchmarks.startup.IncrementalStartupTimer}; the output file
	 */
	public static void main(String[] args) throws Exception {
		if (args.length != 8 && args.length != 12 && args.length != 13) {
			throw new IllegalArgumentException(
					"usage: StartupReport without.txt httpclient.txt restclient.txt with.txt "
							+ "breakdown-with.txt breakdown-restclient.txt incremental.txt out.md "
							+ "[before.txt before-name aot-restclient.txt aot-with.txt [with-callback.txt]]");
		}
		String restClient = read(args[2]);
		String with = read(args[3]);
		String report = render(read(args[0]), read(args[1]), restClient, with, read(args[4]), read(args[5]));
		if (args.length >= 12) {
			report += ownPart(restClient, with, read(args[8]), args[9], read(args[10]), read(args[11]),
					(args.length == 13) ? read(args[12]) : "");
		}
		Files.writeString(Path.of(args[7]), report + IncrementalStartupSection.render(read(args[6])));
	}

	/**
	 * The starter's own part against its target, before and after, and AOT-processed:
	 * each from runs of the same rounds as the others. An empty output leaves its row
	 * out.
	 * @param restClient timed runs with Boot's RestClient support only
	 * @param with timed runs with the starter
	 * @param before timed runs with the starter as it was at {@code beforeName}
	 * @param beforeName what {@code before} was built from
	 * @param aotRestClient timed AOT-processed runs with Boot's RestClient support only
	 * @param aotWith timed AOT-processed runs with the starter
	 * @param withCallback timed runs with the starter and
	 * {@code authy.onetouch.callback.url} set, so that it maps the callback endpoint too
	 * @return the section, starting with a blank line
	 */
	static String ownPart(String restClient, String with, String before, String beforeName, String aotRestClient,
			String aotWith, String withCallback) {
		StartupSamples boot = StartupSamples.parse(restClient);
		StartupSamples starter = StartupSamples.parse(with);
		MarkdownTable runs = runsTable();
		MarkdownTable added = differencesTable();
		StartupDifference own = StartupDifference.of(starter, boot);
		addRow(added, "the starter's own auto-configuration, now (starter vs restclient)", own);
		if (!before.isBlank()) {
			StartupSamples earlier = StartupSamples.parse(before).expect(true, "before");
			row(runs, "web app + authy-spring-boot-starter at " + beforeName, earlier);
			addRow(added, "the starter's own auto-configuration at " + beforeName + " (starter then vs restclient)",
					StartupDifference.of(earlier, boot));
			addRow(added, "now less then (starter vs starter at " + beforeName + ")",
					StartupDifference.of(starter, earlier));
		}
		if (!withCallback.isBlank()) {
			StartupSamples callbacks = StartupSamples.parse(withCallback).expect(true, "starter with callbacks");
			row(runs, "web app + authy-spring-boot-starter, callback endpoint mapped", callbacks);
			addRow(added,
					"the starter's own auto-configuration with the callback endpoint "
							+ "(starter with authy.onetouch.callback.url vs restclient)",
					StartupDifference.of(callbacks, boot));
		}
		if (!aotRestClient.isBlank() && !aotWith.isBlank()) {
			StartupSamples aotBoot = StartupSamples.parse(aotRestClient).expect(false, "AOT restclient");
			StartupSamples aotStarter = StartupSamples.parse(aotWith).expect(true, "AOT starter");
			row(runs, "AOT-processed web app + spring-boot-starter-restclient", aotBoot);
			row(runs, "AOT-processed web app + authy-spring-boot-starter", aotStarter);
			addRow(added, "AOT-processed: the starter's own auto-configuration (starter vs restclient)",
					StartupDifference.of(aotStarter, aotBoot));
		}
		double median = own.wall().median();
		return "\n### The starter's own part: target, before and after, AOT\n\n"
				+ "Started in the same rounds as the classpaths above (the order rotating over all of them). "
				+ "AOT-processed runs use code generated for each classpath by Spring Boot's "
				+ "`SpringApplicationAotProcessor` and `-Dspring.aot.enabled=true`, as a native image would, "
				+ "but on the JVM.\n\n" + runs + "\n" + added + "\nThe starter's own auto-configuration adds "
				+ Spread.signed(median) + " ms (median of " + own.rounds()
				+ " rounds) to the refresh of an application that already has Boot's RestClient support: target at "
				+ "most " + number(OWN_TARGET_MILLIS) + " ms, " + ((median <= OWN_TARGET_MILLIS) ? "hit" : "**MISS**")
				+ ".\n";
	}

	private static String read(String file) throws Exception {
		return Files.readString(Path.of(file));
	}

	static String render(String without, String httpClient, String restClient, String with, String breakdownWith,
			String breakdownRestClient) {
		StartupSamples base = StartupSamples.parse(without);
		StartupSamples bootHttp = StartupSamples.parse(httpClient);
		StartupSamples boot = StartupSamples.parse(restClient);
		StartupSamples starter = StartupSamples.parse(with);
		base.expect(false, "web app");
		bootHttp.expect(false, "http-client");
		boot.expect(false, "restclient");
		starter.expect(true, "starter");
		MarkdownTable runs = runsTable();
		row(runs, "web app", base);
		row(runs, "web app + spring-boot-http-client", bootHttp);
		row(runs, "web app + spring-boot-starter-restclient", boot);
		row(runs, "web app + authy-spring-boot-starter", starter);

		MarkdownTable added = differencesTable();
		StartupDifference total = StartupDifference.of(starter, base);
		// The client needs Boot's HttpClientSettings and request factory builders whether
		// or not Boot's RestClient support comes with it: without that support, the
		// starter would bring spring-boot-http-client and its own part.
		StartupDifference withoutRestClient = StartupDifference.sum(bootHttp, base, starter, boot);
		addRow(added, "the starter (starter vs web app)", total);
		addRow(added, "of which Boot's spring-boot-http-client (http-client vs web app)",
				StartupDifference.of(bootHttp, base));
		addRow(added, "of which the rest of Boot's spring-boot-starter-restclient (restclient vs http-client)",
				StartupDifference.of(boot, bootHttp));
		addRow(added, "of which the starter's own auto-configuration (starter vs restclient)",
				StartupDifference.of(starter, boot));
		addRow(added, "estimate: the starter without Boot's RestClient support (http-client vs web app, plus starter "
				+ "vs restclient, per round)", withoutRestClient);

		StringBuilder out = new StringBuilder();
		out.append(runs).append('\n');
		out.append("Time added to the context refresh: the median of the per-round differences, with the 95 % ")
			.append("confidence interval of that median (order statistics of the binomial distribution).\n\n");
		out.append(added).append('\n');
		double median = total.wall().median();
		out.append("The starter adds ")
			.append(Spread.signed(median))
			.append(" ms (median of ")
			.append(total.rounds())
			.append(" rounds) to the context refresh: target under 50 ms, ")
			.append((median < TARGET_MILLIS) ? "hit" : "**MISS**")
			.append(".\n\n");
		out.append("Without Boot's RestClient support, the starter would still bring `spring-boot-http-client`; ")
			.append("estimated from the same rounds, it would add ")
			.append(withoutRestClient.wall().format())
			.append(" ms (median [95 % CI]).\n");
		out.append(StarterBeansSection.render(breakdownWith, breakdownRestClient));
		return out.toString();
	}

	private static MarkdownTable runsTable() {
		return new MarkdownTable("classpath", ">runs", ">median refresh ms", ">min refresh ms",
				">median refresh CPU ms", ">median SpringApplication.run ms", ">beans");
	}

	private static MarkdownTable differencesTable() {
		return new MarkdownTable("compared", ">rounds", ">wall ms [95% CI]", ">main-thread CPU ms [95% CI]");
	}

	private static void row(MarkdownTable table, String name, StartupSamples samples) {
		table.row(name, samples.refresh().size(), number(Medians.of(samples.refresh())), number(min(samples.refresh())),
				number(Medians.of(samples.cpu())), number(Medians.of(samples.run())), samples.beans());
	}

	private static void addRow(MarkdownTable table, String name, StartupDifference difference) {
		table.row(name, difference.rounds(), difference.wall().format(), difference.cpu().format());
	}

	private static double min(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
	}

}
