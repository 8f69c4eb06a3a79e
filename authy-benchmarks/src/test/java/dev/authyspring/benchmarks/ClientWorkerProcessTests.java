package dev.authyspring.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.authyspring.benchmarks.driver.LoadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ClientWorkerProcessTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final AtomicLong requests = new AtomicLong();

	private HttpServer stub;

	@BeforeEach
	void startStub() throws IOException {
		this.stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.stub.createContext("/protected/json/verify/", (exchange) -> answer(exchange,
				"{\"success\":\"true\",\"token\":\"is valid\",\"message\":\"Token is valid.\"}"));
		this.stub.createContext("/protected/json/users/",
				(exchange) -> answer(exchange,
						"{\"status\":{\"authy_id\":1635,\"confirmed\":true,\"registered\":true,"
								+ "\"country_code\":1,\"phone_number\":\"XXX-XXX-9302\",\"devices\":[\"android\"]},"
								+ "\"message\":\"User status.\",\"success\":true}"));
		this.stub.start();
	}

	@AfterEach
	void stopStub() {
		this.stub.stop(0);
	}

	@Test
	void workerMeasuresCellsInItsOwnJvmAndReportsThem() throws Exception {
		String baseUrl = "http://127.0.0.1:" + this.stub.getAddress().getPort();
		try (ClientWorkerProcess worker = ClientWorkerProcess.start("raw-huc", List.of("--base-url=" + baseUrl,
				"--status-port=0", "--prewarm-ms=100", "--prewarm-max-ms=1000", "--warmup-ms=50", "--measure-ms=300"),
				TIMEOUT)) {
			assertThat(worker.name()).isEqualTo("raw HttpURLConnection");
			long before = this.requests.get();
			LoadResult verify = worker.run("verify", 2, TIMEOUT);
			LoadResult status = worker.run("status", 1, TIMEOUT);
			assertThat(verify.calls()).isPositive();
			assertThat(verify.errors()).isZero();
			assertThat(verify.latencies().count()).isEqualTo(verify.calls());
			assertThat(verify.usage().threadCpuNanos()).isPositive();
			assertThat(status.calls()).isPositive();
			// Every call the worker counted reached this stub.
			assertThat(this.requests.get() - before).isGreaterThanOrEqualTo(verify.calls() + status.calls());
		}
	}

	@Test
	void workerStartsWithTheJvmOptionsItsClientNeeds() throws Exception {
		// authy-java with timeouts refuses to start in a JVM without its options.
		String baseUrl = "http://127.0.0.1:" + this.stub.getAddress().getPort();
		try (ClientWorkerProcess worker = ClientWorkerProcess.start("authy-java-timeouts",
				List.of("--base-url=" + baseUrl, "--status-port=0", "--prewarm-ms=100", "--prewarm-max-ms=1000",
						"--warmup-ms=50", "--measure-ms=300"),
				TIMEOUT)) {
			assertThat(worker.name()).isEqualTo("authy-java 1.5.1, JVM-wide timeouts");
			LoadResult status = worker.run("status", 1, TIMEOUT);
			assertThat(status.calls()).isPositive();
			assertThat(status.errors()).isZero();
		}
	}

	@Test
	void workerWhoseClientFailsItsCheckFailsTheStartWithItsExitCode() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThatIllegalStateException()
			.isThrownBy(() -> ClientWorkerProcess.start("raw-huc",
					List.of("--base-url=http://127.0.0.1:" + closedPort, "--status-port=0"), TIMEOUT))
			.withMessageContaining("the worker of raw-huc ended with exit code 1 before it answered");
	}

	private void answer(HttpExchange exchange, String body) throws IOException {
		this.requests.incrementAndGet();
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
