package dev.authyspring.benchmarks.startup;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupCostTests {

	private static final String MAIN = "[main tid=7];dev/authyspring/benchmarks/startup/StartupTimer.main;"
			+ "org/springframework/context/support/AbstractApplicationContext.refresh;";

	@Test
	void countsASampleForTheFirstCauseItsStackShows() {
		String collapsed = MAIN + "org/springframework/context/annotation/ConditionEvaluator.shouldSkip;"
				+ "dev/authyspring/autoconfigure/AuthyAutoConfiguration.authyClient 3\n" + MAIN
				+ "org/springframework/context/annotation/ConditionEvaluator.shouldSkip;"
				+ "org/springframework/boot/autoconfigure/condition/OnBeanCondition.getMatchOutcome 5\n";
		Map<StartupCost, Long> samples = StartupCost.split(collapsed, "main");
		assertThat(samples).containsEntry(StartupCost.STARTER_CODE, 3L).containsEntry(StartupCost.CONDITIONS, 5L);
	}

	@Test
	void theBenchmarksOwnFramesAreNotTheStartersCode() {
		String collapsed = MAIN + "org/springframework/boot/web/server/servlet/context/"
				+ "ServletWebServerApplicationContext.onRefresh 4\n";
		assertThat(StartupCost.split(collapsed, "main")).containsEntry(StartupCost.STARTER_CODE, 0L)
			.containsEntry(StartupCost.WEB_SERVER, 4L);
	}

	@Test
	void countsClassLoadingInsideEveryCauseAsWell() {
		String collapsed = MAIN + "org/springframework/boot/restclient/autoconfigure/RestClientAutoConfiguration.x;"
				+ "java/lang/ClassLoader.loadClass 2\n" + MAIN + "java/lang/ClassLoader.loadClass 1\n";
		Map<StartupCost, Long> samples = StartupCost.split(collapsed, "main");
		assertThat(samples).containsEntry(StartupCost.BOOT_REST_CLIENT_CODE, 2L)
			.containsEntry(StartupCost.OTHER, 1L)
			.containsEntry(StartupCost.CLASS_LOADING, 3L);
	}

	@Test
	void countsOnlyTheGivenThread() {
		String collapsed = "[C1 CompilerThread0 tid=9];CompileBroker::invoke_compiler_on_method 50\n"
				+ "[mainly tid=3];dev/authyspring/client/AuthyClient.build 6\n" + MAIN + "x 1\n";
		Map<StartupCost, Long> samples = StartupCost.split(collapsed, "main");
		assertThat(samples.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1L);
		assertThat(samples).containsEntry(StartupCost.OTHER, 1L);
	}

	@Test
	void formatsMillisecondsWithATotalThatLeavesClassLoadingOut() {
		String collapsed = MAIN + "dev/authyspring/client/AuthyClient.build;java/lang/ClassLoader.loadClass 2\n" + MAIN
				+ "x 3\n";
		String line = StartupCost.format(StartupCost.split(collapsed, "main"), 0.5);
		assertThat(line).startsWith("profile total_ms=2.5 starter_code_ms=1.0 ")
			.contains(" other_ms=1.5 ")
			.endsWith(" class_loading_ms=1.0");
	}

}
