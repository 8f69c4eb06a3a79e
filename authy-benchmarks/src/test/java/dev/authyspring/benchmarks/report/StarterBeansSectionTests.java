package dev.authyspring.benchmarks.report;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class StarterBeansSectionTests {

	private static final String TIMING = "refresh_ms=1.0 refresh_cpu_ms=1.0 run_ms=1.0 beans=170 authy=true\n";

	@Test
	void listsOnlyTheBeansTheRestClientClasspathLacks() {
		String withRuns = "refresh_ms=1.0 refresh_cpu_ms=1.0 run_ms=1.0 beans=170 authy=true\n"
				+ "bean=authyClient self_ms=20.00\nbean=dispatcherServlet self_ms=7.00\nbean=authyUsers self_ms=1.00\n"
				+ "refresh_ms=1.0 refresh_cpu_ms=1.0 run_ms=1.0 beans=170 authy=true\n"
				+ "bean=authyClient self_ms=10.00\nbean=dispatcherServlet self_ms=9.00\nbean=authyUsers self_ms=3.00\n";
		String restClientRuns = "refresh_ms=1.0 refresh_cpu_ms=1.0 run_ms=1.0 beans=160 authy=false\n"
				+ "bean=dispatcherServlet self_ms=8.00\n";
		String table = StarterBeansSection.render(withRuns, restClientRuns);
		assertThat(table).contains("| authyClient | 15.00 |")
			.contains("| authyUsers | 2.00 |")
			.contains("| all 2 beans of the starter's classpath | 17.00 |")
			.doesNotContain("dispatcherServlet");
		assertThat(table.indexOf("authyClient")).isLessThan(table.indexOf("authyUsers"));
	}

	@Test
	void noRecordedRunsNoSection() {
		assertThat(StarterBeansSection.render("", "")).isEmpty();
	}

	@Test
	void eachRunStartsWithItsTimingLineAndSumsABeanCreatedTwice() {
		String output = "bean=beforeAnyRun self_ms=5.00\n" + TIMING + "bean=a self_ms=1.50\nbean=a self_ms=2.00\n"
				+ "bean=b self_ms=3.00\n" + TIMING + "bean=b self_ms=4.00\n";
		List<Map<String, Double>> runs = StarterBeansSection.parse(output);
		assertThat(runs).hasSize(2);
		assertThat(runs.get(0)).containsExactly(entry("a", 3.5), entry("b", 3.0));
		assertThat(runs.get(1)).containsExactly(entry("b", 4.0));
	}

	@Test
	void aBeanMissingFromARunCountsAsNoTimeInIt() {
		String output = TIMING + "bean=lazy self_ms=6.00\n" + TIMING + TIMING + "bean=lazy self_ms=2.00\n";
		assertThat(StarterBeansSection.render(output, "")).contains("median of 3 runs").contains("| lazy | 2.00 |");
	}

	@Test
	void showsTheTwelveSlowestAndSumsTheRest() {
		StringBuilder output = new StringBuilder(TIMING);
		for (int i = 1; i <= 14; i++) {
			output.append("bean=bean").append(i).append(" self_ms=").append(i).append(".00\n");
		}
		String section = StarterBeansSection.render(output.toString(), "");
		assertThat(section)
			.contains("| bean | instantiation ms (without nested beans) |\n| --- | ---: |\n" + "| bean14 | 14.00 |\n")
			.contains("| bean3 | 3.00 |\n| 2 more | 3.00 |\n| all 14 beans of the starter's classpath | 105.0 |\n")
			.doesNotContain("| bean2 |")
			.doesNotContain("| bean1 |");
	}

}
