package dev.authyspring.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
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
 * The call timeout bounds a call against a server that starts its answer and then sends
 * nothing more, inside a read timeout longer than the call: only the deadline ends such
 * an exchange, as it ends one with a server that trickles a byte just inside the read
 * timeout. The server stops within the status line, where such a server holds the client,
 * and blocks on a latch until the test ends; the bound asserted is four times the call
 * timeout, far from the read timeout.
 */
class CallTimeoutTests {

	private static final String ANSWER_START = "HTTP/1.1 2";

	private ServerSocket server;

	private final CompletableFuture<Socket> accepted = new CompletableFuture<>();

	private final CountDownLatch endOfTest = new CountDownLatch(1);

	@BeforeEach
	void startStallingServer() throws IOException {
		this.server = new ServerSocket(0);
		Thread acceptor = new Thread(this::stall, "stalling-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@AfterEach
	void stopServer() throws IOException {
		this.endOfTest.countDown();
		this.server.close();
	}

	private void stall() {
		try (Socket socket = this.server.accept()) {
			this.accepted.complete(socket);
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			String line;
			while ((line = reader.readLine()) != null && !line.isEmpty()) {
				// Read the request head.
			}
			OutputStream out = socket.getOutputStream();
			out.write(ANSWER_START.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			this.endOfTest.await();
		}
		catch (IOException ex) {
			// The test closed the server.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "simple" })
	void callTimeoutAbortsAnExchangeThatTheReadTimeoutDoesNotEnd(String factory) throws Exception {
		ClientHttpRequestFactoryBuilder<?> builder = factory.equals("simple") ? ClientHttpRequestFactoryBuilder.simple()
				: HttpComponentsRequestFactories.withoutAutomaticRetries();
		try (AuthyClient client = AuthyClient.builder()
			.apiKey("call-timeout-key")
			.baseUrl("http://127.0.0.1:" + this.server.getLocalPort())
			.requestFactoryBuilder(builder)
			.readTimeout(Duration.ofSeconds(10))
			.callTimeout(Duration.ofSeconds(2))
			.build()) {
			long start = System.nanoTime();
			assertThatExceptionOfType(AuthyTransportException.class)
				.isThrownBy(() -> client.tokens().verify(1635, "1234567"))
				.withMessageContaining("no answer within the call timeout of 2000 ms");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
			assertThat(closedByTheClient(this.accepted.get(5, TimeUnit.SECONDS))).as("connection closed by the client")
				.isTrue();
		}
	}

	/** Whether the peer closed the connection, as a read that ends or is reset shows. */
	private static boolean closedByTheClient(Socket socket) throws IOException {
		socket.setSoTimeout(5000);
		try {
			return socket.getInputStream().read() == -1;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (SocketException ex) {
			return true;
		}
	}

}
