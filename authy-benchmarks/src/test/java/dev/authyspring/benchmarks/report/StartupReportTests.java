package dev.authyspring.benchmarks.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StartupReportTests {

	private static String runs(boolean authy, double... refresh) {
		StringBuilder out = new StringBuilder();
		for (double value : refresh) {
			out.append(String.format(java.util.Locale.ROOT,
					"refresh_ms=%.1f refresh_cpu_ms=%.1f run_ms=%.1f beans=%d authy=%s%n", value, value - 100,
					value + 500, authy ? 170 : 143, authy));
		}
		return out.toString();
	}

	@Test
	void comparesRoundsPairwiseSoThatSlowRoundsCancelOut() {
		// Round 2 is slow for every classpath: the per-round differences stay 10 and 40.
		String without = runs(false, 400, 900, 410);
		String httpClient = runs(false, 406, 906, 416);
		String restClient = runs(false, 410, 910, 420);
		String with = runs(true, 440, 940, 450);
		String report = StartupReport.render(without, httpClient, restClient, with, "", "");
		assertThat(report).contains("| web app | 3 | 410.0 | 400.0 | 310.0 | 910.0 | 143 |")
			.contains("| web app + spring-boot-http-client | 3 | 416.0 | 406.0 | 316.0 | 916.0 | 143 |")
			.contains("| web app + authy-spring-boot-starter | 3 | 450.0 | 440.0 | 350.0 | 950.0 | 170 |")
			.contains("| the starter (starter vs web app) | 3 | 40.00 [too few rounds] | 40.00 [too few rounds] |")
			.contains("(http-client vs web app) | 3 | 6.00 [too few rounds]")
			.contains("(restclient vs http-client) | 3 | 4.00 [too few rounds]")
			.contains("(starter vs restclient) | 3 | 30.00 [too few rounds]")
			.contains("The starter adds 40.00 ms (median of 3 rounds) to the context refresh: target under 50 ms, hit");
	}

	@Test
	void estimatesTheStarterWithoutBootsRestClientSupportRoundByRound() {
		// Per round: (http-client - web app) + (starter - restclient) = 0 + 50, 10 + 20,
		// 50 + 10, median 50; the sum of the two medians would be 30, starter -
		// http-client 24.
		String without = runs(false, 400, 900, 410);
		String httpClient = runs(false, 400, 910, 460);
		String restClient = runs(false, 404, 914, 464);
		String with = runs(true, 454, 934, 474);
		String report = StartupReport.render(without, httpClient, restClient, with, "", "");
		assertThat(report).contains("per round) | 3 | 50.00 [too few rounds] | 50.00 [too few rounds] |")
			.contains("estimated from the same rounds, it would add 50.00 [too few rounds] ms");
	}

	@Test
	void comparesTheOwnPartBeforeAndAfterAndAotProcessedInTheSameRounds() {
		String restClient = runs(false, 400, 900, 410);
		String with = runs(true, 410, 915, 422);
		String before = runs(true, 440, 930, 450);
		String report = StartupReport.ownPart(restClient, with, before, "abc1234", runs(false, 300, 700, 305),
				runs(true, 305, 709, 311), runs(true, 430, 921, 440));
		assertThat(report).contains("| web app + authy-spring-boot-starter at abc1234 | 3 | 450.0 |")
			.contains("| AOT-processed web app + authy-spring-boot-starter | 3 | 311.0 |")
			.contains("now (starter vs restclient) | 3 | 12.00 [too few rounds]")
			.contains("at abc1234 (starter then vs restclient) | 3 | 40.00 [too few rounds]")
			.contains("now less then (starter vs starter at abc1234) | 3 | -28.00 [too few rounds]")
			.contains("AOT-processed: the starter's own auto-configuration (starter vs restclient) | 3 | 6.00")
			.contains("| web app + authy-spring-boot-starter, callback endpoint mapped | 3 | 440.0 |")
			.contains("(starter with authy.onetouch.callback.url vs restclient) | 3 | 30.00 [too few rounds]")
			.contains("adds 12.00 ms (median of 3 rounds)")
			.contains("target at most 15.00 ms, hit");
	}

	@Test
	void theOwnPartMissesAboveFifteenMillisecondsAndLeavesOutWhatWasNotRun() {
		String report = StartupReport.ownPart(runs(false, 400), runs(true, 416), "", "abc1234", "", "", "");
		assertThat(report).contains("adds 16.00 ms")
			.contains("**MISS**")
			.doesNotContain("abc1234")
			.doesNotContain("AOT-processed web app")
			.doesNotContain("callback endpoint mapped");
	}

	@Test
	void rejectsAotRunsWhereTheStarterWasNotWhereExpected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StartupReport.ownPart(runs(false, 400), runs(true, 410), "", "x", runs(true, 300),
					runs(true, 310), ""))
			.withMessageContaining("AOT restclient");
	}

	@Test
	void fiftyMillisecondsOrMoreIsAMiss() {
		String report = StartupReport.render(runs(false, 400), runs(false, 410), runs(false, 420), runs(true, 450), "",
				"");
		assertThat(report).contains("adds 50.00 ms").contains("**MISS**");
	}

	@Test
	void givesTheConfidenceIntervalOfTheMedianDifference() {
		double[] base = new double[15];
		double[] with = new double[15];
		for (int i = 0; i < 15; i++) {
			base[i] = 1000;
			with[i] = 1001 + i;
		}
		String report = StartupReport.render(runs(false, base), runs(false, base), runs(false, base), runs(true, with),
				"", "");
		// Differences 1..15: median 8, 95 % interval from the 4th to the 12th.
		assertThat(report).contains("| the starter (starter vs web app) | 15 | 8.00 [4.00, 12.00] |");
	}

	@Test
	void rejectsRunsWhereTheStarterWasNotWhereExpected() {
		assertThatIllegalArgumentException().isThrownBy(() -> StartupReport.render(runs(true, 400), runs(false, 400),
				runs(false, 400), runs(true, 460), "", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> StartupReport.render(runs(false, 400), runs(true, 400),
				runs(false, 400), runs(true, 460), "", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> StartupReport.render(runs(false, 400), runs(false, 400),
				runs(false, 400), runs(false, 460), "", ""));
	}

}
