package dev.authyspring.benchmarks.driver;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NginxStubStatusTests {

	@Test
	void readsTheAcceptsCounter() {
		String page = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nActive connections: 17 \n"
				+ "server accepts handled requests\n 815 814 1357483 \nReading: 0 Writing: 1 Waiting: 16 \n";
		assertThat(NginxStubStatus.parseAccepted(page)).isEqualTo(815);
	}

	@Test
	void rejectsAPageWithoutCounters() {
		assertThatIllegalArgumentException().isThrownBy(() -> NginxStubStatus.parseAccepted("<html>404</html>"))
			.withMessageContaining("stub_status");
	}

}
