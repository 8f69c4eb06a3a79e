package dev.authyspring.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What each HTTP client does when the server reads a request and then resets the
 * connection without answering, on a fresh connection and on a kept-alive one: the
 * request may have sent an SMS, so it must not go out again. The clients the starter can
 * make safe send it once; {@link JdkClients} characterises the JDK's two clients, which
 * it cannot.
 */
class HttpClientResendTests {

	private static final String VALID_TOKEN = "{\"message\":\"Token is valid.\",\"token\":\"is valid\",\"success\":\"true\"}";

	private ServerSocket server;

	private final AtomicInteger smsRequests = new AtomicInteger();

	private volatile boolean answerFirstRequest;

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
				OutputStream out = socket.getOutputStream();
				while (true) {
					String requestLine = reader.readLine();
					if (requestLine == null) {
						break;
					}
					String line;
					while ((line = reader.readLine()) != null && !line.isEmpty()) {
						// Read the request head.
					}
					if (requestLine.contains("/protected/json/sms/")) {
						this.smsRequests.incrementAndGet();
					}
					if (this.answerFirstRequest && requestLine.contains("/protected/json/verify/")) {
						byte[] body = VALID_TOKEN.getBytes(StandardCharsets.UTF_8);
						out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
								+ "\r\nConnection: keep-alive\r\n\r\n")
							.getBytes(StandardCharsets.ISO_8859_1));
						out.write(body);
						out.flush();
						continue;
					}
					socket.setSoLinger(true, 0);
					break;
				}
			}
			catch (IOException ex) {
				// Closed by the test, or the client went away.
			}
		}
	}

	private int smsRequestsSentWith(ClientHttpRequestFactoryBuilder<?> httpClient, boolean keptAlive) {
		this.answerFirstRequest = keptAlive;
		try (AuthyClient client = AuthyClient.builder()
			.apiKey("resend-key")
			.baseUrl("http://127.0.0.1:" + this.server.getLocalPort())
			.requestFactoryBuilder(httpClient)
			.build()) {
			if (keptAlive) {
				assertThat(client.tokens().verify(1635, "1234567").valid()).isTrue();
			}
			assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> client.users().requestSms(1635))
				.withMessageNotContaining("resend-key");
		}
		return this.smsRequests.get();
	}

	@ParameterizedTest
	@EnumSource(Connection.class)
	void httpComponentsAsTheStarterSetsItUpSendsASideEffectGetOnce(Connection connection) {
		assertThat(smsRequestsSentWith(HttpComponentsRequestFactories.withoutAutomaticRetries(), connection.keptAlive))
			.isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(Connection.class)
	void plainHttpComponentsGivenToTheBuilderIsMadeSafe(Connection connection) {
		assertThat(smsRequestsSentWith(ClientHttpRequestFactoryBuilder.httpComponents(), connection.keptAlive))
			.isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(Connection.class)
	void httpComponentsWithRetriesTurnedBackOnByACustomizerIsMadeSafe(Connection connection) {
		assertThat(
				smsRequestsSentWith(
						ClientHttpRequestFactoryBuilder.httpComponents()
							.withHttpClientCustomizer((builder) -> builder.setRetryStrategy(
									new org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy())),
						connection.keptAlive))
			.isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(Connection.class)
	void jettySendsASideEffectGetOnce(Connection connection) {
		assertThat(smsRequestsSentWith(ClientHttpRequestFactoryBuilder.jetty(), connection.keptAlive)).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(Connection.class)
	void reactorNettyGivenToTheBuilderIsMadeSafe(Connection connection) {
		assertThat(smsRequestsSentWith(ClientHttpRequestFactoryBuilder.reactor(), connection.keptAlive)).isEqualTo(1);
	}

	/**
	 * A characterisation of the JDK's behaviour, not of this client's: both JDK clients
	 * re-send a GET by themselves after the connection broke and offer no setting to stop
	 * it, which the property's description and the README say. Should a JDK stop doing
	 * so, these tests fail and the documentation can say so.
	 */
	@Nested
	@DisplayName("JDK HTTP clients (characterisation of the JDK's behaviour, not of ours)")
	class JdkClients {

		@ParameterizedTest
		@EnumSource(Connection.class)
		void jdkHttpUrlConnectionResendsAGetByItself(Connection connection) {
			assertThat(smsRequestsSentWith(ClientHttpRequestFactoryBuilder.simple(), connection.keptAlive))
				.isEqualTo(2);
		}

		@ParameterizedTest
		@EnumSource(Connection.class)
		void jdkHttpClientResendsAGetByItself(Connection connection) {
			assertThat(smsRequestsSentWith(ClientHttpRequestFactoryBuilder.jdk(), connection.keptAlive)).isEqualTo(2);
		}

	}

	enum Connection {

		FRESH(false), KEPT_ALIVE(true);

		final boolean keptAlive;

		Connection(boolean keptAlive) {
			this.keptAlive = keptAlive;
		}

	}

}
