package dev.authyspring.benchmarks.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncrementalStartupSectionTests {

	@Test
	void incrementsAreColdStartLessTheWarmStartBeforeIt() {
		String output = "warm_ms=100.0 restclient_cold_ms=110.0 restclient_warm_ms=101.0 starter_cold_ms=141.0\n"
				+ "warm_ms=90.0 restclient_cold_ms=85.0 restclient_warm_ms=95.0 starter_cold_ms=125.0\n"
				+ "warm_ms=120.0 restclient_cold_ms=125.0 restclient_warm_ms=119.0 starter_cold_ms=169.0\n";
		String table = IncrementalStartupSection.render(output);
		assertThat(table)
			.contains("| first of Boot's RestClient auto-configurations (vs the warm web app, 100.0 ms) | 3 | "
					+ "5.00 [too few rounds] |")
			.contains("| first of the starter's auto-configuration (vs the warm web app with them, 101.0 ms) | 3 | "
					+ "40.00 [too few rounds] |")
			.doesNotContain("second of the starter's");
	}

	@Test
	void secondStartOfTheStarterIsAgainstTheSameWarmStart() {
		String output = "warm_ms=100.0 restclient_cold_ms=110.0 restclient_warm_ms=101.0 starter_cold_ms=141.0 "
				+ "starter_warm_ms=104.0\n";
		assertThat(IncrementalStartupSection.render(output))
			.contains("| second of the starter's auto-configuration (same) | 1 | 3.00 [too few rounds] |");
	}

	@Test
	void jvmsThatLoadTheApiTypesFirstAreReportedApart() {
		String output = "warm_ms=100.0 restclient_cold_ms=110.0 restclient_warm_ms=101.0 starter_cold_ms=141.0 "
				+ "starter_warm_ms=104.0\n"
				+ "warm_ms=100.0 restclient_cold_ms=110.0 restclient_warm_ms=90.0 starter_cold_ms=120.0 "
				+ "starter_warm_ms=93.0 api_types_ms=6.50\n";
		String section = IncrementalStartupSection.render(output);
		assertThat(section)
			.contains("| first of the starter's auto-configuration (vs the warm web app with them, 101.0 ms) | 1 | "
					+ "40.00 [too few rounds] |")
			.contains("reading their methods, just before the starter's first start | 1 | 6.50 [too few rounds] |")
			.contains("auto-configurations, 90.00 ms) | 1 | 30.00 [too few rounds] |");
	}

	@Test
	void noIncrementalRunsNoTable() {
		assertThat(IncrementalStartupSection.render("")).isEmpty();
	}

	@Test
	void startsWithABlankLineAndEndsWithTheTable() {
		String section = IncrementalStartupSection
			.render("warm_ms=100.0 restclient_cold_ms=110.0 restclient_warm_ms=101.0 starter_cold_ms=141.0\n");
		assertThat(section).startsWith("\nThe same, measured with less scatter: ")
			.contains("once its classes are loaded.\n\n"
					+ "| start | JVMs | added to the refresh, ms [95% CI] |\n| --- | ---: | ---: |\n")
			.endsWith("| 1 | 40.00 [too few rounds] |\n");
	}

}
