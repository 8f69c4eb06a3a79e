package dev.authyspring.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.authyspring.core.internal.RailsQueryString;
import dev.authyspring.core.onetouch.CallbackParameters;
import dev.authyspring.core.onetouch.OneTouchSigner;
import dev.authyspring.core.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests of OneTouch callbacks: payload shape, signature and delivery results, received by
 * a local JDK HTTP server and checked with the shared {@link OneTouchSigner}.
 */
@SuppressWarnings("unchecked")
class OneTouchCallbackTests {

	static final String KEY = "callback-test-key";

	MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

	HttpServer receiver;

	List<Received> received = new CopyOnWriteArrayList<>();

	AtomicInteger answer = new AtomicInteger(200);

	/** Holds the slow receivers until the test has seen the outcome. */
	CountDownLatch release = new CountDownLatch(1);

	AuthySimulator simulator;

	String callbackUrl;

	long id;

	@BeforeEach
	void start() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/authy/callback", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawQuery(), body,
					exchange.getRequestHeaders().getFirst("X-Authy-Signature"),
					exchange.getRequestHeaders().getFirst("X-Authy-Signature-Nonce"),
					exchange.getRequestHeaders().getFirst("Content-Type")));
			exchange.sendResponseHeaders(this.answer.get(), -1);
			exchange.close();
		});
		this.receiver.start();
		this.callbackUrl = "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/authy/callback";
		this.simulator = AuthySimulator
			.start(SimulatorOptions.builder().apiKey(KEY).clock(this.clock).callbackUrl(this.callbackUrl).build());
		this.id = this.simulator.registerUser("user@example.com", 57, "3003003333");
	}

	@AfterEach
	void stop() {
		this.release.countDown();
		this.simulator.close();
		this.receiver.stop(0);
	}

	String createRequest() {
		return (String) new Http(this.simulator).postJson("/onetouch/json/users/" + this.id + "/approval_requests",
				"{\"message\":\"Login requested\",\"details\":{\"Username\":\"jdoe\",\"Process ID\":\"42\"},"
						+ "\"hidden_details\":{\"ip_address\":\"10.10.3.203\"},"
						+ "\"logos\":[{\"res\":\"default\",\"url\":\"https://example.com/d.png\"},{\"res\":\"low\",\"url\":\"https://example.com/l.png\"}]}")
			.at("approval_request", "uuid");
	}

	@Test
	void callbackFaultDeliversItTwiceWithTheSameSignature() throws Exception {
		this.simulator.injectFault(Endpoint.CALLBACK, Fault.duplicate());
		String uuid = createRequest();
		assertThat(this.simulator.approve(uuid).get(10, TimeUnit.SECONDS).successful()).isTrue();
		assertThat(this.received).hasSize(2);
		assertThat(this.received.get(0).body()).isEqualTo(this.received.get(1).body());
		assertThat(this.simulator.faultsApplied()).containsEntry(Fault.Type.DUPLICATE, 1L);
		String other = createRequest();
		this.simulator.approve(other).get(10, TimeUnit.SECONDS);
		assertThat(this.received).hasSize(3);
	}

	@Test
	void callbackFaultDelaysItWithoutHoldingUpTheNextOne() throws Exception {
		this.simulator.injectFault(Endpoint.CALLBACK, Fault.latency(Duration.ofMillis(800)));
		String late = createRequest();
		String prompt = createRequest();
		CompletableFuture<CallbackResult> delayed = this.simulator.approve(late);
		assertThat(this.simulator.approve(prompt).get(10, TimeUnit.SECONDS).successful()).isTrue();
		assertThat(delayed).isNotDone();
		assertThat(delayed.get(10, TimeUnit.SECONDS).successful()).isTrue();
		assertThat(this.received).hasSize(2);
	}

	@Test
	void anyEndpointFaultsDoNotApplyToCallbacks() throws Exception {
		this.simulator.injectFault(Endpoint.ANY, Fault.latency(Duration.ZERO));
		String uuid = createRequest();
		assertThat(this.simulator.faultsApplied()).containsEntry(Fault.Type.LATENCY, 1L);
		this.simulator.approve(uuid).get(10, TimeUnit.SECONDS);
		assertThat(this.received).hasSize(1);
		assertThat(this.simulator.faultsApplied()).containsEntry(Fault.Type.LATENCY, 1L);
	}

	@Test
	void postsSignedJsonCallbackOnApproval() throws Exception {
		String uuid = createRequest();
		CallbackResult result = this.simulator.approve(uuid).get(10, TimeUnit.SECONDS);
		assertThat(result.attempted()).isTrue();
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.successful()).isTrue();
		assertThat(this.received).hasSize(1);
		Received callback = this.received.get(0);
		assertThat(callback.method()).isEqualTo("POST");
		assertThat(callback.contentType()).isEqualTo("application/json");
		assertThat(callback.nonce()).isEqualTo(Long.toString(this.clock.instant().getEpochSecond()));
		Map<String, Object> params = CallbackParameters.parseJson(callback.body());
		String expected = new OneTouchSigner(KEY).sign(callback.nonce(), "POST", this.callbackUrl,
				RailsQueryString.of(params));
		assertThat(callback.signature()).isEqualTo(expected);
		assertThat(params).containsEntry("authy_id", Long.toString(this.id))
			.containsEntry("callback_action", "approval_request_status")
			.containsEntry("uuid", uuid)
			.containsEntry("status", "approved")
			.containsKeys("device_uuid", "signature", "device");
		Map<String, Object> approval = (Map<String, Object>) params.get("approval_request");
		assertThat(approval.keySet()).containsExactly("transaction", "expiration_timestamp", "logos", "app_id");
		Map<String, Object> transaction = (Map<String, Object>) approval.get("transaction");
		assertThat(transaction.get("status")).isEqualTo("approved");
		assertThat(transaction.get("message")).isEqualTo("Login requested");
		assertThat(transaction.get("details")).isEqualTo(Map.of("Username", "jdoe", "Process ID", "42"));
		assertThat(transaction.get("hidden_details")).isEqualTo(Map.of("ip_address", "10.10.3.203"));
		assertThat((List<?>) approval.get("logos")).hasSize(2);
	}

	@Test
	void sendsSignedGetCallbackWithCanonicalQuery() throws Exception {
		this.simulator.callbackUrl(this.callbackUrl, CallbackMethod.GET);
		String uuid = createRequest();
		CallbackResult result = this.simulator.deny(uuid).get(10, TimeUnit.SECONDS);
		assertThat(result.status()).isEqualTo(200);
		Received callback = this.received.get(0);
		assertThat(callback.method()).isEqualTo("GET");
		assertThat(callback.body()).isEmpty();
		assertThat(callback.query()).contains("status=denied")
			.contains("uuid=" + uuid)
			.contains("approval_request%5Blogos%5D%5B%5D%5Bres%5D=default&approval_request%5Blogos%5D%5B%5D%5Burl%5D=");
		String expected = new OneTouchSigner(KEY).sign(callback.nonce(), "GET", this.callbackUrl, callback.query());
		assertThat(callback.signature()).isEqualTo(expected);
	}

	@Test
	void reportsTheApplicationsStatus() throws Exception {
		this.answer.set(401);
		CallbackResult result = this.simulator.approve(createRequest()).get(10, TimeUnit.SECONDS);
		assertThat(result.status()).isEqualTo(401);
		assertThat(result.successful()).isFalse();
	}

	@Test
	void reportsUnreachableCallback() throws Exception {
		this.receiver.stop(0);
		CallbackResult result = this.simulator.approve(createRequest()).get(15, TimeUnit.SECONDS);
		assertThat(result.attempted()).isTrue();
		assertThat(result.status()).isEqualTo(-1);
		assertThat(result.error()).isNotBlank();
	}

	@Test
	void withoutCallbackUrlNothingIsSent() throws Exception {
		this.simulator.clearCallbackUrl();
		String uuid = createRequest();
		CallbackResult result = this.simulator.approve(uuid).get(10, TimeUnit.SECONDS);
		assertThat(result.attempted()).isFalse();
		assertThat(this.received).isEmpty();
		assertThat(this.simulator.approvals()).extracting(Approval::status).containsExactly("approved");
	}

	@Test
	void decisionIsFinal() {
		String uuid = createRequest();
		this.simulator.approve(uuid).join();
		assertThatIllegalStateException().isThrownBy(() -> this.simulator.deny(uuid)).withMessageContaining("approved");
	}

	@Test
	void timesOutOnSlowApplication() throws Exception {
		this.simulator.close();
		this.receiver.createContext("/slow", (exchange) -> {
			awaitRelease();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.simulator = AuthySimulator.start(SimulatorOptions.builder()
			.apiKey(KEY)
			.callbackTimeout(Duration.ofMillis(300))
			.callbackUrl("http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/slow")
			.build());
		this.id = this.simulator.registerUser("user@example.com", 57, "3003003333");
		long started = System.nanoTime();
		CallbackResult result = this.simulator.approve(createRequest()).get(10, TimeUnit.SECONDS);
		assertThat(result.status()).isEqualTo(-1);
		assertThat(result.error()).contains("Timeout");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void closingCompletesDeliveriesStillWaiting() throws Exception {
		CountDownLatch arrived = new CountDownLatch(1);
		this.receiver.createContext("/stuck", (exchange) -> {
			arrived.countDown();
			awaitRelease();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.simulator.callbackUrl("http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/stuck",
				CallbackMethod.POST);
		CompletableFuture<CallbackResult> first = this.simulator.approve(createRequest());
		CompletableFuture<CallbackResult> queued = this.simulator.approve(createRequest());
		assertThat(arrived.await(10, TimeUnit.SECONDS)).as("first callback in flight").isTrue();
		this.simulator.close();
		assertThat(first.get(5, TimeUnit.SECONDS).successful()).isFalse();
		assertThat(queued.get(5, TimeUnit.SECONDS).error()).isEqualTo("simulator is stopped");
	}

	private void awaitRelease() {
		try {
			// Bounded, so that a failed test cannot hold the receiver's thread for ever.
			this.release.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void rejectsCallbackUrlWithQuery() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.simulator.callbackUrl("http://localhost/cb?x=1", CallbackMethod.POST))
			.withMessageContaining("query");
	}

	record Received(String method, String query, byte[] body, String signature, String nonce, String contentType) {

		@Override
		public String toString() {
			return this.method + " " + this.query + " " + new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
