package dev.authyspring.benchmarks.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StartupSamplesTests {

	private static final String OUTPUT = "Started MinimalWebApplication\n"
			+ "refresh_ms=410.5 refresh_cpu_ms=300.25 run_ms=900.0 beans=143 authy=false\n"
			+ "bean=dispatcherServlet self_ms=7.00\n"
			+ "refresh_ms=420.0 refresh_cpu_ms=310.0 run_ms=910.5 beans=170 authy=true\n";

	@Test
	void readsEveryTimingLineInOrderAndSkipsTheRest() {
		StartupSamples samples = StartupSamples.parse(OUTPUT);
		assertThat(samples.refresh()).containsExactly(410.5, 420.0);
		assertThat(samples.cpu()).containsExactly(300.25, 310.0);
		assertThat(samples.run()).containsExactly(900.0, 910.5);
		assertThat(samples.authy()).containsExactly("false", "true");
	}

	@Test
	void theBeanCountIsTheLastRuns() {
		assertThat(StartupSamples.parse(OUTPUT).beans()).isEqualTo("170");
	}

	@Test
	void rejectsAnOutputWithoutTimingLines() {
		assertThatIllegalArgumentException().isThrownBy(() -> StartupSamples.parse("bean=a self_ms=1.00\n"))
			.withMessage("no StartupTimer output");
	}

	@Test
	void tellsTimingLinesFromOthers() {
		assertThat(StartupSamples.isTimingLine("refresh_ms=1.0 refresh_cpu_ms=1.0 run_ms=1.0 beans=1 authy=true"))
			.isTrue();
		assertThat(StartupSamples.isTimingLine("bean=authyClient self_ms=20.00")).isFalse();
	}

	@Test
	void expectNamesTheClasspathWhoseRunsHadTheAuthyBeansWhereTheyShouldNot() {
		StartupSamples samples = StartupSamples.parse(OUTPUT);
		assertThatIllegalArgumentException().isThrownBy(() -> samples.expect(false, "restclient"))
			.withMessage("the restclient runs did not have the Authy beans where expected");
		assertThatIllegalArgumentException().isThrownBy(() -> samples.expect(true, "starter"))
			.withMessageContaining("starter");
	}

	@Test
	void expectPassesRunsThatAgree() {
		StartupSamples samples = StartupSamples
			.parse("refresh_ms=1.0 refresh_cpu_ms=1.0 run_ms=1.0 beans=1 authy=true\n");
		assertThat(samples.expect(true, "starter")).isSameAs(samples);
	}

}
