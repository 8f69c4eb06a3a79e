package dev.authyspring.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.authyspring.client.model.ActivityType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responses of the {@code HttpURLConnection} client that close their body without
 * draining it: the connection must still be kept for the next call, a POST body must
 * still arrive whole, and closing a body that was not read must not wait for the rest of
 * it.
 */
class BodyClosingRequestTests {

	private static final String STATUS_BODY = "{\"status\":{\"authy_id\":1635,\"confirmed\":true,"
			+ "\"registered\":true,\"country_code\":1,\"phone_number\":\"XXX-XXX-9302\",\"devices\":[]},"
			+ "\"message\":\"User status.\",\"success\":true}";

	private ServerSocket server;

	private final AtomicInteger connections = new AtomicInteger();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<Socket> accepted = new CopyOnWriteArrayList<>();

	private final CountDownLatch release = new CountDownLatch(1);

	/**
	 * When set, every answer announces this many body bytes but sends only the first ten.
	 */
	private volatile int announcedLength = -1;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new ServerSocket(0);
		Thread acceptor = new Thread(this::accept, "keep-alive-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@AfterEach
	void stopServer() throws IOException {
		this.release.countDown();
		this.server.close();
		// HttpURLConnection's keep-alive cache is the JVM's: no connection of this test
		// may outlive it.
		for (Socket socket : this.accepted) {
			socket.close();
		}
	}

	@Test
	void wrapsOnlyRequestsOfTheHttpUrlConnectionFactory() throws IOException {
		URI uri = URI.create("http://127.0.0.1:" + this.server.getLocalPort() + "/");
		ClientHttpRequestFactory otherClient = (target, method) -> new MockClientHttpRequest(method, target);
		try (DeferredRequestFactory other = new DeferredRequestFactory(() -> otherClient)) {
			assertThat(other.createRequest(uri, HttpMethod.GET)).isNotInstanceOf(BodyClosingRequest.class);
		}
		try (DeferredRequestFactory simple = new DeferredRequestFactory(SimpleClientHttpRequestFactory::new)) {
			assertThat(simple.createRequest(uri, HttpMethod.POST)).isInstanceOf(BodyClosingRequest.class)
				.isInstanceOf(StreamingHttpOutputMessage.class);
		}
	}

	@Test
	void keepsTheConnectionForTheNextCall() {
		AuthyClient client = client();
		for (int i = 0; i < 3; i++) {
			assertThat(client.users().status(1635).confirmed()).isTrue();
		}
		assertThat(this.requests).hasSize(3);
		assertThat(this.connections).hasValue(1);
	}

	@Test
	void sendsAPostBodyWholeWithItsLength() {
		AuthyClient client = client();
		client.users().registerActivity(1635, ActivityType.PASSWORD_RESET, Map.of("reason", "forgotten"), null);
		String request = this.requests.get(0);
		assertThat(request).startsWith("POST /protected/json/users/1635/register_activity ");
		String body = request.substring(request.indexOf("\r\n\r\n") + 4);
		assertThat(request.toLowerCase(Locale.ROOT))
			.contains("content-length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n")
			.doesNotContain("transfer-encoding");
		assertThat(body).contains("\"type\":\"password_reset\"").contains("forgotten");
	}

	@Test
	void closingAnUnreadBodyDoesNotWaitForTheRestOfIt() throws IOException {
		this.announcedLength = 100_000;
		SimpleClientHttpRequestFactory httpUrlConnection = new SimpleClientHttpRequestFactory();
		httpUrlConnection.setReadTimeout(Duration.ofSeconds(10));
		DeferredRequestFactory factory = new DeferredRequestFactory(() -> httpUrlConnection);
		ClientHttpResponse response = factory
			.createRequest(URI.create("http://127.0.0.1:" + this.server.getLocalPort() + "/slow"), HttpMethod.GET)
			.execute();
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody().readNBytes(10)).hasSize(10);
		long start = System.nanoTime();
		response.close();
		// Spring's own response drains the body first: here, until the read timeout.
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	private AuthyClient client() {
		return AuthyClient.builder()
			.apiKey("body-closing-key-0123456789")
			.baseUrl("http://127.0.0.1:" + this.server.getLocalPort())
			.requestFactoryBuilder(ClientHttpRequestFactoryBuilder.simple())
			.build();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				this.accepted.add(socket);
				this.connections.incrementAndGet();
				Thread serving = new Thread(() -> serve(socket), "keep-alive-connection");
				serving.setDaemon(true);
				serving.start();
			}
			catch (IOException ex) {
				// Closed by the test.
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = new BufferedInputStream(socket.getInputStream());
			OutputStream out = socket.getOutputStream();
			String head;
			while ((head = readHead(in)) != null) {
				int length = contentLength(head);
				String body = new String(in.readNBytes(Math.max(length, 0)), StandardCharsets.UTF_8);
				this.requests.add(head + body);
				byte[] answer = (head.startsWith("POST") ? "{\"success\":true}" : STATUS_BODY)
					.getBytes(StandardCharsets.UTF_8);
				int announced = (this.announcedLength > 0) ? this.announcedLength : answer.length;
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + announced
						+ "\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
				out.write(answer, 0, Math.min(answer.length, (this.announcedLength > 0) ? 10 : answer.length));
				out.flush();
				if (this.announcedLength > 0) {
					this.release.await(30, TimeUnit.SECONDS);
					return;
				}
			}
		}
		catch (IOException ex) {
			// The client went away.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) >= 0) {
			head.write(b);
			byte[] bytes = head.toByteArray();
			int n = bytes.length;
			if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r'
					&& bytes[n - 1] == '\n') {
				return head.toString(StandardCharsets.ISO_8859_1);
			}
		}
		return null;
	}

	private static int contentLength(String head) {
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				return Integer.parseInt(line.substring("content-length:".length()).trim());
			}
		}
		return -1;
	}

}
