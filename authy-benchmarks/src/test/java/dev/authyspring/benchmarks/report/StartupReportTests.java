package dev.authyspring.benchmarks.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StartupReportTests {

	@Test
	void comparesMedianRefreshTimes() {
		String without = "refresh_ms=400.0 run_ms=900.0 beans=143 authy=false\n"
				+ "refresh_ms=900.0 run_ms=1500.0 beans=143 authy=false\n"
				+ "refresh_ms=410.0 run_ms=910.0 beans=143 authy=false\n";
		String with = "refresh_ms=430.0 run_ms=950.0 beans=169 authy=true\n"
				+ "refresh_ms=440.5 run_ms=960.0 beans=169 authy=true\n"
				+ "refresh_ms=2000.0 run_ms=2500.0 beans=169 authy=true\n";
		String report = StartupReport.render(without, with);
		assertThat(report).contains("| web app without the starter | 3 | 410.0 | 400.0 | 910.0 | 143 |")
			.contains("| web app with the starter | 3 | 440.5 | 430.0 | 960.0 | 169 |")
			.contains("adds 30.50 ms (median) to the context refresh: target under 50 ms, hit");
	}

	@Test
	void moreThanFiftyMillisecondsIsAMiss() {
		String report = StartupReport.render("refresh_ms=400.0 run_ms=900.0 beans=143 authy=false",
				"refresh_ms=460.0 run_ms=960.0 beans=169 authy=true");
		assertThat(report).contains("adds 60.00 ms").contains("**MISS**");
	}

	@Test
	void rejectsRunsWhereTheStarterWasNotWhereExpected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StartupReport.render("refresh_ms=400.0 run_ms=900.0 beans=169 authy=true",
					"refresh_ms=460.0 run_ms=960.0 beans=169 authy=true"));
	}

	@Test
	void medianOfEvenCountIsTheMeanOfTheMiddleTwo() {
		assertThat(StartupReport.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
	}

}
