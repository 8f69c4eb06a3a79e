package dev.authyspring.client;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link AuthyClient#close()}, by what the server sees: the HTTP client the
 * Authy client built is released, its pooled connection closed, and a
 * {@link AuthyClient#withRetry copy} does not release the shared one.
 */
class AuthyClientCloseTests {

	private KeepAliveServer server;

	@BeforeEach
	void startServer() throws IOException {
		this.server = KeepAliveServer.answering(AuthyWireMockTestSupport.fixture("authy-java/users-status-200.json"));
	}

	@AfterEach
	void stopServer() throws IOException {
		this.server.close();
	}

	@Test
	void closeReleasesTheApacheHttpClientItBuilt() throws InterruptedException {
		AuthyClient client = AuthyClient.builder()
			.apiKey("close-key")
			.baseUrl(this.server.url())
			.requestFactoryBuilder(HttpComponentsRequestFactories.withoutAutomaticRetries())
			.retry(RetrySettings.NONE)
			.build();
		client.users().status(1635);
		client.withRetry(RetrySettings.NONE).close();
		client.users().status(1635);
		assertThat(this.server.requests()).isEqualTo(2);
		assertThat(this.server.connections()).as("the pooled connection, reused after the copy was closed")
			.isEqualTo(1);
		client.close();
		assertThat(this.server.awaitConnectionClosedByClient()).as("the pooled connection, closed by the client")
			.isTrue();
		assertThatIllegalStateException().isThrownBy(() -> client.users().status(1635));
		assertThat(this.server.requests()).isEqualTo(2);
		assertThat(this.server.connections()).isEqualTo(1);
	}

	@Test
	void closeWithTheDefaultHttpClientHasNothingToRelease() {
		assertThatNoException().isThrownBy(() -> AuthyClient.builder().apiKey("close-key").build().close());
	}

}
