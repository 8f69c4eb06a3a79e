package dev.authyspring.benchmarks.clients;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchClientsTests {

	private final StubApi api = new StubApi("http://127.0.0.1:1", "key");

	@Test
	void rawClientWithoutTimeoutsIsShownButIsNoBaselineOfTheTargets() {
		assertThat(BenchClients.ids()).contains("raw-huc", "raw-jdk", BenchClients.RAW_WITHOUT_TIMEOUTS);
		assertThat(BenchClients.isRawBaseline("raw-huc")).isTrue();
		assertThat(BenchClients.isRawBaseline("raw-jdk")).isTrue();
		assertThat(BenchClients.isRawBaseline(BenchClients.RAW_WITHOUT_TIMEOUTS)).isFalse();
		assertThat(BenchClients.isRawBaseline("authy-java")).isFalse();
	}

	@Test
	void namesTellTheRawHttpUrlConnectionClientsApart() {
		assertThat(BenchClients.create("raw-huc", this.api).name()).isEqualTo("raw HttpURLConnection");
		assertThat(BenchClients.create(BenchClients.RAW_WITHOUT_TIMEOUTS, this.api).name())
			.isEqualTo("raw HttpURLConnection, no timeouts");
	}

	@Test
	void rejectsAnUnknownClient() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchClients.requireKnown("raw-curl"))
			.withMessageContaining("unknown client 'raw-curl'");
	}

}
