package dev.authyspring.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The call timeout bounds a call against a server that sends a byte of its answer every
 * 700 ms, inside a read timeout of 1 s: without it such a server holds the caller for as
 * long as it likes. The server trickles in real time because socket timeouts count real
 * time; the bound asserted is four times the call timeout, far from the unbounded case.
 */
class CallTimeoutTests {

	private static final String ANSWER = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 70\r\n\r\n"
			+ "{\"message\":\"Token is valid.\",\"token\":\"is valid\",\"success\":\"true\"}";

	private ServerSocket server;

	private final CountDownLatch connectionClosed = new CountDownLatch(1);

	@BeforeEach
	void startTricklingServer() throws IOException {
		this.server = new ServerSocket(0);
		Thread acceptor = new Thread(this::trickle, "trickling-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@AfterEach
	void stopServer() throws IOException {
		this.server.close();
	}

	private void trickle() {
		try (Socket socket = this.server.accept()) {
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			String line;
			while ((line = reader.readLine()) != null && !line.isEmpty()) {
				// Read the request head.
			}
			OutputStream out = socket.getOutputStream();
			for (byte b : ANSWER.getBytes(StandardCharsets.ISO_8859_1)) {
				out.write(b);
				out.flush();
				Thread.sleep(700);
			}
		}
		catch (IOException ex) {
			// The client closed the connection: what the deadline is for.
			this.connectionClosed.countDown();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "simple" })
	void callTimeoutAbortsAnExchangeThatTricklesInsideTheReadTimeout(String factory) throws InterruptedException {
		ClientHttpRequestFactoryBuilder<?> builder = factory.equals("simple") ? ClientHttpRequestFactoryBuilder.simple()
				: HttpComponentsRequestFactories.withoutAutomaticRetries();
		try (AuthyClient client = AuthyClient.builder()
			.apiKey("call-timeout-key")
			.baseUrl("http://127.0.0.1:" + this.server.getLocalPort())
			.requestFactoryBuilder(builder)
			.readTimeout(Duration.ofSeconds(1))
			.callTimeout(Duration.ofSeconds(2))
			.build()) {
			long start = System.nanoTime();
			assertThatExceptionOfType(AuthyTransportException.class)
				.isThrownBy(() -> client.tokens().verify(1635, "1234567"))
				.withMessageContaining("no answer within the call timeout of 2000 ms");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
			assertThat(this.connectionClosed.await(5, TimeUnit.SECONDS)).as("connection closed by the client").isTrue();
		}
	}

}
