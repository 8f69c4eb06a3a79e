package dev.authyspring.benchmarks.driver;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoadResultTests {

	@Test
	void textRoundTripKeepsEveryFigureOfTheReport() {
		LatencyHistogram latencies = new LatencyHistogram();
		for (long nanos = 20_000; nanos < 900_000; nanos += 7_000) {
			latencies.record(nanos);
		}
		LoadResult result = new LoadResult(latencies.count(), 3, 3_000_000_000L, latencies,
				new JvmCounters.Usage(1_500_000_000L, 987_654_321L, 1_700_000_000L), 12);
		LoadResult copy = LoadResult.fromText(result.toText());
		assertThat(copy.calls()).isEqualTo(result.calls());
		assertThat(copy.errors()).isEqualTo(3);
		assertThat(copy.callsPerSecond()).isEqualTo(result.callsPerSecond());
		assertThat(copy.usage()).isEqualTo(result.usage());
		assertThat(copy.newConnectionsPerThousandCalls()).isEqualTo(result.newConnectionsPerThousandCalls());
		assertThat(copy.p50Micros()).isEqualTo(result.p50Micros());
		assertThat(copy.p99Micros()).isEqualTo(result.p99Micros());
	}

	@Test
	void unknownConnectionCountSurvivesTheTextRoundTrip() {
		LoadResult result = new LoadResult(0, 0, 1_000, new LatencyHistogram(), new JvmCounters.Usage(0, 0, 0), -1);
		assertThat(LoadResult.fromText(result.toText()).newConnectionsPerThousandCalls()).isEqualTo(-1);
	}

	@Test
	void rejectsTextThatIsNotAResult() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadResult.fromText("ready raw HttpURLConnection"))
			.withMessageContaining("not a load result");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadResult.fromText("1 2 3 | 0 0 0 0"))
			.withMessageContaining("not a load result");
	}

}
