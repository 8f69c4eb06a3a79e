package dev.authyspring.onetouch.web;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import dev.authyspring.onetouch.CallbackParameters;
import dev.authyspring.onetouch.InMemoryOneTouchNonceStore;
import dev.authyspring.onetouch.MutableClock;
import dev.authyspring.onetouch.OneTouchCallback;
import dev.authyspring.onetouch.OneTouchCallbackStatus;
import dev.authyspring.onetouch.OneTouchSigner;
import dev.authyspring.onetouch.RailsQueryString;

import static dev.authyspring.onetouch.OneTouchVectors.A1_1_NONCE;
import static dev.authyspring.onetouch.OneTouchVectors.A1_1_SIGNATURE;
import static dev.authyspring.onetouch.OneTouchVectors.A1_2_NONCE;
import static dev.authyspring.onetouch.OneTouchVectors.A1_2_SIGNATURE;
import static dev.authyspring.onetouch.OneTouchVectors.A1_5_NONCE;
import static dev.authyspring.onetouch.OneTouchVectors.A1_5_SIGNATURE;
import static dev.authyspring.onetouch.OneTouchVectors.JAVA_KEY;
import static dev.authyspring.onetouch.OneTouchVectors.JAVA_URL;
import static dev.authyspring.onetouch.OneTouchVectors.UPHOLD_KEY;
import static dev.authyspring.onetouch.OneTouchVectors.fixture;
import static dev.authyspring.onetouch.OneTouchVectors.fixtureText;
import static dev.authyspring.onetouch.web.CallbackClient.signed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the OneTouch callback endpoint on a real server port, with the authy-java
 * vectors of section A1 and callbacks signed here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.url=" + JAVA_URL })
class OneTouchCallbackEndpointTests {

	private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000);

	private static final String JAVA_POST_UUID = "4a725520-bff5-0135-eb01-0e5d90336a8c";

	private final OneTouchSigner signer = new OneTouchSigner(JAVA_KEY);

	@LocalServerPort
	private int port;

	@Autowired
	private MutableClock clock;

	@Autowired
	private RecordingListener listener;

	@Autowired
	private InMemoryOneTouchNonceStore nonceStore;

	@Autowired
	private MeterRegistry meterRegistry;

	private CallbackClient client;

	@BeforeEach
	void reset() {
		this.client = new CallbackClient(this.port, "/authy/onetouch/callback");
		this.clock.set(NOW);
		this.listener.reset();
		this.nonceStore.clear();
	}

	@ParameterizedTest
	@CsvSource({ "a1_1, " + A1_1_NONCE + ", " + A1_1_SIGNATURE, "a1_2, " + A1_2_NONCE + ", " + A1_2_SIGNATURE })
	void acceptsAuthyJavaPostVectors(String vector, String nonce, String signature) {
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(nonce) + 1));
		HttpResponse<String> response = this.client.post(fixture(vector + "-body.json"), signed(nonce, signature));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.listener.callbacks).singleElement().satisfies((callback) -> {
			assertThat(callback.uuid()).isEqualTo(JAVA_POST_UUID);
			assertThat(callback.authyId()).isEqualTo(688611L);
			assertThat(callback.status()).isEqualTo(OneTouchCallbackStatus.APPROVED);
			assertThat(callback.message()).isEqualTo("Authorize OneTouch Unit Test");
		});
	}

	@Test
	void acceptsAuthyJavaGetVectorFromRawQuery() {
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(A1_5_NONCE)));
		HttpResponse<String> response = this.client.get(fixtureText("a1_5-query.txt"),
				signed(A1_5_NONCE, A1_5_SIGNATURE));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.listener.callbacks).singleElement().satisfies((callback) -> {
			assertThat(callback.uuid()).isEqualTo("7e272da0-c015-0135-eafc-0e5d90336a8c");
			assertThat(callback.deviceUuid()).isEqualTo("2102943");
			assertThat(callback.parameters().get("signature")).asString().startsWith("YnZe2qSWEAYAROAhykwbeIOV2Ym/g4y9");
		});
	}

	@Test
	void acceptsLowerCaseHeaderNames() {
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(A1_2_NONCE)));
		HttpResponse<String> response = this.client.post(fixture("a1_2-body.json"), "x-authy-signature-nonce",
				A1_2_NONCE, "x-authy-signature", A1_2_SIGNATURE);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.listener.callbacks).hasSize(1);
	}

	@Test
	void rejectsTamperedBodyWithoutDetail() {
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(A1_1_NONCE)));
		double before = count("invalid_signature", 401);
		byte[] body = fixtureText("a1_1-body.json").replace("\"approved\"", "\"denied\"").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = this.client.post(body, signed(A1_1_NONCE, A1_1_SIGNATURE));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).isEmpty();
		assertThat(this.listener.callbacks).isEmpty();
		assertThat(count("invalid_signature", 401)).isEqualTo(before + 1);
	}

	@Test
	void rejectsTamperedQuery() {
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(A1_5_NONCE)));
		String query = fixtureText("a1_5-query.txt").replace("authy_id=688611", "authy_id=688612");
		assertThat(this.client.get(query, signed(A1_5_NONCE, A1_5_SIGNATURE)).statusCode()).isEqualTo(401);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void rejectsCallbackSignedWithAnotherKey() {
		byte[] body = callback("wrong-key", "approved");
		String nonce = nonce(0);
		String signature = new OneTouchSigner(UPHOLD_KEY).sign(nonce, "POST", JAVA_URL, canonical(body));
		assertThat(this.client.post(body, signed(nonce, signature)).statusCode()).isEqualTo(401);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void rejectsCallbackSignedForHttpInsteadOfHttps() {
		byte[] body = callback("http-url", "approved");
		String nonce = nonce(0);
		String signature = this.signer.sign(nonce, "POST", "http://requestb.in/ui9vdiui", canonical(body));
		assertThat(this.client.post(body, signed(nonce, signature)).statusCode()).isEqualTo(401);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void rejectsMissingHeaders() {
		byte[] body = callback("missing", "approved");
		String nonce = nonce(0);
		String signature = sign(nonce, body);
		assertThat(this.client.post(body).statusCode()).isEqualTo(401);
		assertThat(this.client.post(body, "X-Authy-Signature", signature).statusCode()).isEqualTo(401);
		assertThat(this.client.post(body, "X-Authy-Signature-Nonce", nonce).statusCode()).isEqualTo(401);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void rejectsUnsignedGet() {
		assertThat(this.client.get(fixtureText("a1_5-query.txt")).statusCode()).isEqualTo(401);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void rejectsStaleNonce() {
		byte[] body = callback("stale", "approved");
		String nonce = nonce(-301);
		double before = count("stale", 401);
		assertThat(this.client.post(body, signed(nonce, sign(nonce, body))).statusCode()).isEqualTo(401);
		assertThat(count("stale", 401)).isEqualTo(before + 1);
		String recent = nonce(-299);
		assertThat(this.client.post(body, signed(recent, sign(recent, body))).statusCode()).isEqualTo(200);
		assertThat(this.listener.callbacks).hasSize(1);
	}

	@Test
	void rejectsNonceTooFarInTheFuture() {
		byte[] body = callback("future", "approved");
		String nonce = nonce(31);
		double before = count("stale", 401);
		assertThat(this.client.post(body, signed(nonce, sign(nonce, body))).statusCode()).isEqualTo(401);
		assertThat(count("stale", 401)).isEqualTo(before + 1);
		String skewed = NOW.getEpochSecond() + 29 + ".5";
		assertThat(this.client.post(body, signed(skewed, sign(skewed, body))).statusCode()).isEqualTo(200);
		assertThat(this.listener.callbacks).hasSize(1);
	}

	@Test
	void answersReplayWith200WithoutPublishingAgain() {
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(A1_1_NONCE) + 10));
		double before = count("duplicate", 200);
		for (int i = 0; i < 3; i++) {
			assertThat(this.client.post(fixture("a1_1-body.json"), signed(A1_1_NONCE, A1_1_SIGNATURE)).statusCode())
				.isEqualTo(200);
		}
		assertThat(this.listener.callbacks).hasSize(1);
		assertThat(count("duplicate", 200)).isEqualTo(before + 2);
	}

	@Test
	void answersReplayOfGetCallbackWithoutPublishingAgain() {
		byte[] body = callback("get-replay", "denied");
		String query = canonical(body);
		String nonce = nonce(0);
		String signature = this.signer.sign(nonce, "GET", JAVA_URL, query);
		assertThat(this.client.get(query, signed(nonce, signature)).statusCode()).isEqualTo(200);
		assertThat(this.client.get(query, signed(nonce, signature)).statusCode()).isEqualTo(200);
		assertThat(this.listener.received("get-replay")).singleElement()
			.satisfies((callback) -> assertThat(callback.status()).isEqualTo(OneTouchCallbackStatus.DENIED));
	}

	@Test
	void refusesASignedStatusInAnotherCaseThanAuthySends() {
		byte[] body = callback("upper-case", "APPROVED");
		String nonce = nonce(0);
		assertThat(this.client.post(body, signed(nonce, sign(nonce, body))).statusCode()).isEqualTo(400);
		String query = canonical(callback("upper-case-get", "Denied"));
		assertThat(this.client.get(query, signed(nonce, this.signer.sign(nonce, "GET", JAVA_URL, query))).statusCode())
			.isEqualTo(400);
		assertThat(this.listener.received("upper-case")).isEmpty();
		assertThat(this.listener.received("upper-case-get")).isEmpty();
	}

	@Test
	void refusesASignedGetWhoseQueryIsNotUtf8() {
		String query = "authy_id=1234&status=approved&uuid=bad%C3%28utf8";
		String nonce = nonce(0);
		HttpResponse<String> response = this.client.get(query,
				signed(nonce, this.signer.sign(nonce, "GET", JAVA_URL, query)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEmpty();
		assertThat(this.listener.callbacks).noneMatch((callback) -> callback.uuid().startsWith("bad"));
	}

	@Test
	void redeliverySignedAnewWithAnotherNonceIsADuplicate() {
		byte[] body = callback("re-signed", "approved");
		String first = nonce(-10);
		String second = nonce(0);
		assertThat(this.client.post(body, signed(first, sign(first, body))).statusCode()).isEqualTo(200);
		assertThat(this.client.post(body, signed(second, sign(second, body))).statusCode()).isEqualTo(200);
		assertThat(this.listener.received("re-signed")).hasSize(1);
	}

	@Test
	void publishesDifferentCallbacksThatShareANonce() {
		String nonce = nonce(0);
		byte[] first = callback("first", "approved");
		byte[] second = callback("second", "denied");
		assertThat(this.client.post(first, signed(nonce, sign(nonce, first))).statusCode()).isEqualTo(200);
		assertThat(this.client.post(second, signed(nonce, sign(nonce, second))).statusCode()).isEqualTo(200);
		assertThat(this.listener.callbacks).extracting(OneTouchCallback::uuid).containsExactly("first", "second");
	}

	@Test
	void rejectsOversizedBodyBeforeReadingIt() {
		byte[] body = padded(callback("oversized", "approved"), OneTouchCallbackHandler.MAX_BODY_SIZE + 1);
		String nonce = nonce(0);
		double before = count("malformed", 413);
		assertThat(this.client.post(body, signed(nonce, sign(nonce, body))).statusCode()).isEqualTo(413);
		assertThat(this.client.postChunked(body, signed(nonce, sign(nonce, body))).statusCode()).isEqualTo(413);
		assertThat(count("malformed", 413)).isEqualTo(before + 2);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void acceptsBodyOfExactlyTheLimit() {
		byte[] body = padded(callback("at-limit", "approved"), OneTouchCallbackHandler.MAX_BODY_SIZE);
		String nonce = nonce(0);
		assertThat(this.client.postChunked(body, signed(nonce, sign(nonce, body))).statusCode()).isEqualTo(200);
		assertThat(this.listener.received("at-limit")).hasSize(1);
	}

	@Test
	void rejectsCorrectlySignedPayloadThatIsNotACallback() {
		byte[] body = callback("pending", "pending");
		String nonce = nonce(0);
		double before = count("malformed", 400);
		HttpResponse<String> response = this.client.post(body, signed(nonce, sign(nonce, body)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEmpty();
		String query = "uuid=u&authy_id=1&status=approved&device=x&device%5Bos%5D=ios";
		String signature = this.signer.sign(nonce, "GET", JAVA_URL, query);
		assertThat(this.client.get(query, signed(nonce, signature)).statusCode()).isEqualTo(400);
		assertThat(count("malformed", 400)).isEqualTo(before + 2);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void rejectsBodyThatIsNotJsonAsUnverifiable() {
		String nonce = nonce(0);
		byte[] body = "uuid=u&authy_id=1&status=approved".getBytes(StandardCharsets.UTF_8);
		String signature = this.signer.sign(nonce, "POST", JAVA_URL, "authy_id=1&status=approved&uuid=u");
		assertThat(this.client.post(body, signed(nonce, signature)).statusCode()).isEqualTo(401);
	}

	@Test
	void processesRedeliveryAfterListenerFailure() {
		byte[] body = callback("flaky", "approved");
		String nonce = nonce(0);
		String[] headers = signed(nonce, sign(nonce, body));
		this.listener.failOnce.add("flaky");
		double before = count("listener_error", 500);
		assertThat(this.client.post(body, headers).statusCode()).isEqualTo(500);
		assertThat(this.listener.callbacks).isEmpty();
		assertThat(count("listener_error", 500)).isEqualTo(before + 1);
		assertThat(this.client.post(body, headers).statusCode()).isEqualTo(200);
		assertThat(this.client.post(body, headers).statusCode()).isEqualTo(200);
		assertThat(this.listener.received("flaky")).hasSize(1);
	}

	@Test
	void publishesConcurrentDeliveriesOfOneCallbackExactlyOnce() throws Exception {
		byte[] body = callback("concurrent", "approved");
		String nonce = nonce(0);
		String[] headers = signed(nonce, sign(nonce, body));
		this.listener.slow.add("concurrent");
		double accepted = count("accepted", 200);
		List<Integer> statuses = deliverConcurrently(body, headers, 6);
		assertThat(statuses).containsOnly(200, 503).containsOnlyOnce(200);
		assertThat(this.listener.received("concurrent")).hasSize(1);
		assertThat(count("accepted", 200)).isEqualTo(accepted + 1);
		// Deliveries answered 503 are redelivered by Authy: now duplicates of a processed one.
		assertThat(this.client.post(body, headers).statusCode()).isEqualTo(200);
		assertThat(this.listener.received("concurrent")).hasSize(1);
	}

	@Test
	void concurrentDeliveryOfAFailingCallbackIsNotLost() throws Exception {
		byte[] body = callback("concurrent-flaky", "approved");
		String nonce = nonce(0);
		String[] headers = signed(nonce, sign(nonce, body));
		this.listener.slow.add("concurrent-flaky");
		this.listener.failOnce.add("concurrent-flaky");
		List<Integer> statuses = deliverConcurrently(body, headers, 4);
		assertThat(statuses).containsOnly(500, 503).containsOnlyOnce(500);
		assertThat(this.listener.received("concurrent-flaky")).isEmpty();
		assertThat(this.client.post(body, headers).statusCode()).isEqualTo(200);
		assertThat(this.listener.received("concurrent-flaky")).hasSize(1);
	}

	private List<Integer> deliverConcurrently(byte[] body, String[] headers, int deliveries) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(deliveries);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < deliveries; i++) {
				futures.add(executor.submit(() -> {
					start.await();
					return this.client.post(body, headers).statusCode();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get(30, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			executor.shutdownNow();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "DELETE", "PATCH", "OPTIONS" })
	void answersOtherMethodsWith405(String method) {
		byte[] body = callback("put", "approved");
		String nonce = nonce(0);
		HttpResponse<String> response = this.client.send(method, BodyPublishers.ofByteArray(body), null,
				signed(nonce, sign(nonce, body)));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void answersHeadWith405() {
		HttpResponse<String> response = this.client.send("HEAD", BodyPublishers.noBody(), null);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
	}

	@Test
	void readsRawBodyEvenWhenSentAsFormContent() {
		byte[] body = callback("form-content-type", "approved");
		String nonce = nonce(0);
		HttpResponse<String> response = this.client.post(body, "Content-Type", "application/x-www-form-urlencoded",
				"X-Authy-Signature-Nonce", nonce, "X-Authy-Signature", sign(nonce, body));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.listener.received("form-content-type")).hasSize(1);
	}

	@Test
	void ignoresQueryStringOfPostCallback() {
		byte[] body = callback("post-with-query", "approved");
		String nonce = nonce(0);
		HttpResponse<String> response = this.client.send("POST", BodyPublishers.ofByteArray(body), "uuid=other",
				signed(nonce, sign(nonce, body)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.listener.received("post-with-query")).hasSize(1);
	}

	private String sign(String nonce, byte[] body) {
		return this.signer.sign(nonce, "POST", JAVA_URL, canonical(body));
	}

	private static String nonce(long secondsFromNow) {
		return Long.toString(NOW.getEpochSecond() + secondsFromNow);
	}

	private static byte[] callback(String uuid, String status) {
		String json = "{\"authy_id\":1234,\"device_uuid\":99,\"callback_action\":\"approval_request_status\",\"uuid\":\""
				+ uuid + "\",\"status\":\"" + status + "\",\"approval_request\":{\"transaction\":{\"message\":\"Log in?\","
				+ "\"details\":{\"Location\":\"Bogotá\"},\"hidden_details\":null}},\"device\":{\"os_type\":\"ios\"}}";
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] padded(byte[] json, int size) {
		// Whitespace before the closing brace changes the size but not the parameters.
		String text = new String(json, StandardCharsets.UTF_8);
		String open = text.substring(0, text.length() - 1);
		return (open + " ".repeat(size - json.length) + "}").getBytes(StandardCharsets.UTF_8);
	}

	private static String canonical(byte[] body) {
		return RailsQueryString.of(CallbackParameters.parseJson(body));
	}

	private double count(String outcome, int status) {
		Counter counter = this.meterRegistry.find("authy.onetouch.callbacks")
			.tags("outcome", outcome, "status", Integer.toString(status))
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

		@Bean
		MutableClock clock() {
			return new MutableClock(NOW);
		}

		@Bean
		RecordingListener recordingListener() {
			return new RecordingListener();
		}

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
