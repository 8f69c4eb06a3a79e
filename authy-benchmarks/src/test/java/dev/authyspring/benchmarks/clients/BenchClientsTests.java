package dev.authyspring.benchmarks.clients;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

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
	void authyJavaWithTimeoutsGetsThemFromTheOptionsOfItsOwnJvm() {
		assertThat(BenchClients.jvmOptions(BenchClients.AUTHY_JAVA_WITH_TIMEOUTS)).containsExactly(
				"-Dsun.net.client.defaultConnectTimeout=5000", "-Dsun.net.client.defaultReadTimeout=10000");
		assertThat(BenchClients.jvmOptions("authy-java")).isEmpty();
		assertThat(BenchClients.isRawBaseline(BenchClients.AUTHY_JAVA_WITH_TIMEOUTS)).isFalse();
		// This JVM has no such options: the client refuses to run without its timeouts.
		assertThatIllegalStateException()
			.isThrownBy(() -> BenchClients.create(BenchClients.AUTHY_JAVA_WITH_TIMEOUTS, this.api))
			.withMessageContaining("needs a JVM started with");
	}

	@Test
	void rejectsAnUnknownClient() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchClients.requireKnown("raw-curl"))
			.withMessageContaining("unknown client 'raw-curl'");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchClients.jvmOptions("raw-curl"));
	}

}
