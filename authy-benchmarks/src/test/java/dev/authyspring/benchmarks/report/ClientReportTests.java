package dev.authyspring.benchmarks.report;

import java.util.List;

import dev.authyspring.benchmarks.driver.JvmCounters;
import dev.authyspring.benchmarks.driver.LatencyHistogram;
import dev.authyspring.benchmarks.driver.LoadResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientReportTests {

	private static final long SECOND = 1_000_000_000L;

	private final ClientReport report = new ClientReport(List.of("raw A", "raw B"), "authy-java", "ours");

	/** A result of one second with the given calls, CPU and allocation per call. */
	private static LoadResult result(long calls, long cpuNanosPerCall, long bytesPerCall) {
		LatencyHistogram latencies = new LatencyHistogram();
		latencies.record(100_000);
		return new LoadResult(calls, 0, SECOND, latencies,
				new JvmCounters.Usage(calls * cpuNanosPerCall, calls * bytesPerCall, calls * cpuNanosPerCall), 0);
	}

	private void addAll(String operation, int threads, long ours, long oursCpu, long oursBytes) {
		this.report.add(new Cell(operation, "raw A", threads), result(10_000, 50_000, 20_000));
		this.report.add(new Cell(operation, "raw B", threads), result(2_500, 200_000, 20_000));
		this.report.add(new Cell(operation, "authy-java", threads), result(8_000, 70_000, 30_000));
		this.report.add(new Cell(operation, "ours", threads), result(ours, oursCpu, oursBytes));
	}

	@Test
	void picksTheRawBaselineWithTheMostCallsPerSecond() {
		addAll("verify", 16, 9_000, 60_000, 25_000);
		assertThat(this.report.fastestRaw("verify", 16)).contains("raw A");
		assertThat(this.report.fastestRaw("verify", 4)).isEmpty();
	}

	@Test
	void allTargetsHitWhenOursIsCloseToTheFastestBaseline() {
		for (int threads : new int[] { 1, 16 }) {
			addAll("verify", threads, 9_000, 60_000, 25_000);
		}
		List<ClientReport.TargetCheck> checks = this.report.targets("ours");
		// 1 vs raw at 16, 2 vs authy-java, 2 CPU, 2 allocation.
		assertThat(checks).hasSize(7).allMatch(ClientReport.TargetCheck::met);
		assertThat(checks.get(0).value()).isEqualTo(0.9);
	}

	@Test
	void missesAreReportedPerTarget() {
		// 80 % of raw A's throughput, 1.4 times its CPU, more allocation than authy-java.
		addAll("verify", 16, 8_000, 70_000, 31_000);
		List<ClientReport.TargetCheck> checks = this.report.targets("ours");
		assertThat(checks).extracting(ClientReport.TargetCheck::met).containsExactly(false, true, false, false);
		assertThat(this.report.targetTable("ours")).contains("**MISS**").contains("| 0.80 |").contains("| 1.40 |");
	}

	@Test
	void roundsOfTheSameCellAreCombined() {
		this.report.add(new Cell("status", "ours", 4), result(1_000, 10_000, 100));
		this.report.add(new Cell("status", "ours", 4), result(3_000, 30_000, 100));
		LoadResult combined = this.report.get("status", "ours", 4).orElseThrow();
		assertThat(combined.calls()).isEqualTo(4_000);
		assertThat(combined.callsPerSecond()).isEqualTo(2_000);
		assertThat(combined.cpuMicrosPerCall()).isEqualTo(25);
		assertThat(combined.latencies().count()).isEqualTo(2);
	}

	@Test
	void rendersOneRowPerClientAndThreadCount() {
		addAll("status", 1, 9_000, 60_000, 25_000);
		addAll("status", 64, 9_000, 60_000, 25_000);
		String table = this.report.resultsTable("status");
		assertThat(table.lines().filter((line) -> line.startsWith("| "))).hasSize(2 + 8);
		assertThat(table).contains("| ours | 64 | 9,000 | 100.0 | 100.0 | 60.00 |");
	}

	@Test
	void comparesOurClientsOnEachHttpClient() {
		addAll("verify", 16, 9_000, 60_000, 25_000);
		addAll("status", 16, 7_000, 80_000, 20_000);
		this.report.add(new Cell("verify", "ours, jdk", 16), result(2_000, 300_000, 60_000));
		String table = this.report.httpClientTable("ours");
		assertThat(table).contains("| ours | 9,000 | 60.00 | 25,000 | 7,000 | 80.00 | 0.00 |")
			.contains("| ours, jdk | 2,000 | 300.0 | 60,000 | n/a | n/a | 0.00 |")
			.doesNotContain("raw A");
	}

}
