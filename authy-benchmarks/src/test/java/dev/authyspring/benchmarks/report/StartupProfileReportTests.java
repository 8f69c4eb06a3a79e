package dev.authyspring.benchmarks.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupProfileReportTests {

	private static String runs(double... starterCode) {
		StringBuilder out = new StringBuilder();
		for (double value : starterCode) {
			out.append(String.format(java.util.Locale.ROOT,
					"profile total_ms=%.1f starter_code_ms=%.1f boot_rest_client_code_ms=0.0 conditions_ms=10.0 "
							+ "configuration_classes_ms=0.0 bean_post_processing_ms=0.0 web_server_ms=0.0 "
							+ "other_bean_creation_ms=0.0 other_ms=0.0 class_loading_ms=0.0 refresh_ms=1.0%n",
					1000 + value, value));
		}
		return out.toString();
	}

	@Test
	void showsTheMedianOfThePerRoundDifferencesForEachCause() {
		String report = StartupProfileReport.render(runs(0, 0, 0), runs(0, 0, 0), runs(20, 30, 25));
		assertThat(report).contains("3 fresh JVMs per classpath")
			.contains("| the whole refresh | 1,000 | 1,000 | 1,025 | +0.0 | +25.0 |")
			.contains("| the starter's own code | 0.00 | 0.00 | 25.00 | +0.0 | +25.0 |")
			.contains("| condition evaluation | 10.00 | 10.00 | 10.00 | +0.0 | +0.0 |");
	}

	@Test
	void keepsTheSignOfACauseThatShrank() {
		String report = StartupProfileReport.render(runs(5), runs(0), runs(0));
		assertThat(report).contains("| the starter's own code | 5.00 | 0.00 | 0.00 | -5.0 | +0.0 |");
	}

	@Test
	void saysSoWhenNothingWasProfiled() {
		assertThat(StartupProfileReport.render("", "", "")).isEqualTo("No profiled start-up runs.\n");
	}

}
