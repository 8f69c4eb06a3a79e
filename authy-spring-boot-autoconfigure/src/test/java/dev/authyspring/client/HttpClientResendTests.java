package dev.authyspring.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What each HTTP client does when the server reads a request and then resets the
 * connection without answering: the request may have sent an SMS, so it must not go out
 * again. The JDK's clients re-send a GET by themselves, which the README documents; Apache
 * HttpClient as the starter sets it up does not.
 */
class HttpClientResendTests {

	private ServerSocket server;

	private final AtomicInteger requests = new AtomicInteger();

	@BeforeEach
	void startResettingServer() throws IOException {
		this.server = new ServerSocket(0);
		Thread acceptor = new Thread(this::acceptAndReset, "resetting-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@AfterEach
	void stopServer() throws IOException {
		this.server.close();
	}

	private void acceptAndReset() {
		while (!this.server.isClosed()) {
			try (Socket socket = this.server.accept()) {
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
				String line;
				while ((line = reader.readLine()) != null && !line.isEmpty()) {
					// Read the request head.
				}
				this.requests.incrementAndGet();
				socket.setSoLinger(true, 0);
			}
			catch (IOException ex) {
				// Closed by the test, or the client went away.
			}
		}
	}

	private int smsRequestsSentWith(ClientHttpRequestFactoryBuilder<?> httpClient) {
		AuthyClient client = AuthyClient.builder()
			.apiKey("resend-key")
			.baseUrl("http://127.0.0.1:" + this.server.getLocalPort())
			.requestFactoryBuilder(httpClient)
			.build();
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> client.users().requestSms(1635));
		return this.requests.get();
	}

	@Test
	void httpComponentsAsTheStarterSetsItUpSendsASideEffectGetOnce() {
		assertThat(smsRequestsSentWith(HttpComponentsRequestFactories.withoutAutomaticRetries())).isEqualTo(1);
	}

	@Test
	void httpUrlConnectionResendsAGetByItself() {
		assertThat(smsRequestsSentWith(ClientHttpRequestFactoryBuilder.simple())).isEqualTo(2);
	}

	@Test
	void jdkHttpClientResendsAGetByItself() {
		assertThat(smsRequestsSentWith(ClientHttpRequestFactoryBuilder.jdk())).isEqualTo(2);
	}

}
