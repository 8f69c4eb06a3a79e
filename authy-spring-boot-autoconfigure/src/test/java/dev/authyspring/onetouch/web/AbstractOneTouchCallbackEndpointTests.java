package dev.authyspring.onetouch.web;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.core.internal.RailsQueryString;
import dev.authyspring.core.onetouch.CallbackParameters;
import dev.authyspring.core.onetouch.OneTouchSigner;
import dev.authyspring.core.testing.MutableClock;
import dev.authyspring.onetouch.InMemoryOneTouchNonceStore;
import dev.authyspring.onetouch.OneTouchCallbackProcessor;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static dev.authyspring.core.onetouch.OneTouchVectors.A1_1_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_1_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_2_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_2_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_5_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_5_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_URL;
import static dev.authyspring.core.onetouch.OneTouchVectors.fixture;
import static dev.authyspring.core.onetouch.OneTouchVectors.fixtureText;
import static dev.authyspring.onetouch.web.CallbackClient.signed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the OneTouch callback endpoint does on a real server port, whatever the web stack:
 * the exact bytes of the body and query reach the signature check, the answers carry no
 * body, and the container's request handling changes nothing. The processor's own rules
 * are tested without a server in {@code OneTouchCallbackProcessorTests}.
 */
abstract class AbstractOneTouchCallbackEndpointTests {

	static final String PROPERTIES = "authy.api-key=" + JAVA_KEY;

	static final String URL_PROPERTY = "authy.onetouch.callback.url=" + JAVA_URL;

	private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000);

	private static final String JAVA_POST_UUID = "4a725520-bff5-0135-eb01-0e5d90336a8c";

	private final OneTouchSigner signer = new OneTouchSigner(JAVA_KEY);

	@LocalServerPort
	private int port;

	@Autowired
	private MutableClock clock;

	@Autowired
	RecordingListener listener;

	@Autowired
	private InMemoryOneTouchNonceStore nonceStore;

	@Autowired
	private MeterRegistry meterRegistry;

	CallbackClient client;

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
		assertThat(response.body()).isEmpty();
		assertThat(this.listener.callbacks).singleElement().satisfies((callback) -> {
			assertThat(callback.uuid()).isEqualTo(JAVA_POST_UUID);
			assertThat(callback.authyId()).isEqualTo(688611L);
			assertThat(callback.status()).isEqualTo(ApprovalStatus.APPROVED);
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
			assertThat(callback.parameters().get("signature")).asString()
				.startsWith("YnZe2qSWEAYAROAhykwbeIOV2Ym/g4y9");
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
	void rejectsTamperedBodyWithoutDetailAndCountsIt() {
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(A1_1_NONCE)));
		double before = count("invalid_signature", 401);
		byte[] body = fixtureText("a1_1-body.json").replace("\"approved\"", "\"denied\"")
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = this.client.post(body, signed(A1_1_NONCE, A1_1_SIGNATURE));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).isEmpty();
		assertThat(this.listener.callbacks).isEmpty();
		assertThat(count("invalid_signature", 401)).isEqualTo(before + 1);
	}

	@Test
	void passesAQueryThatIsNotUtf8ToTheCheckUndecoded() {
		String query = "authy_id=1234&status=approved&uuid=bad%C3%28utf8";
		String nonce = nonce(0);
		HttpResponse<String> response = this.client.get(query,
				signed(nonce, this.signer.sign(nonce, "GET", JAVA_URL, query)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEmpty();
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void answersReplayWith200WithoutPublishingAgain() {
		byte[] body = callback("replayed", "approved");
		String nonce = nonce(0);
		double before = count("duplicate", 200);
		for (int i = 0; i < 3; i++) {
			assertThat(this.client.post(body, signed(nonce, sign(nonce, body))).statusCode()).isEqualTo(200);
		}
		assertThat(this.listener.received("replayed")).hasSize(1);
		assertThat(count("duplicate", 200)).isEqualTo(before + 2);
	}

	@Test
	void rejectsOversizedBodyBeforeReadingAllOfIt() {
		byte[] body = padded(callback("oversized", "approved"), OneTouchCallbackProcessor.MAX_BODY_SIZE + 1);
		String nonce = nonce(0);
		double before = count("malformed", 413);
		assertThat(this.client.post(body, signed(nonce, sign(nonce, body))).statusCode()).isEqualTo(413);
		assertThat(this.client.postChunked(body, signed(nonce, sign(nonce, body))).statusCode()).isEqualTo(413);
		assertThat(count("malformed", 413)).isEqualTo(before + 2);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void acceptsBodyOfExactlyTheLimit() {
		byte[] body = padded(callback("at-limit", "approved"), OneTouchCallbackProcessor.MAX_BODY_SIZE);
		String nonce = nonce(0);
		assertThat(this.client.post(body, signed(nonce, sign(nonce, body))).statusCode()).isEqualTo(200);
		this.nonceStore.clear();
		this.listener.reset();
		assertThat(this.client.postChunked(body, signed(nonce, sign(nonce, body))).statusCode()).isEqualTo(200);
		assertThat(this.listener.received("at-limit")).hasSize(1);
	}

	@Test
	void refusesPathParametersWith400AndNoBody() {
		byte[] body = callback("jsessionid", "approved");
		String nonce = nonce(0);
		HttpResponse<String> response = new CallbackClient(this.port, "/authy/onetouch/callback;jsessionid=abc")
			.post(body, signed(nonce, sign(nonce, body)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEmpty();
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void answers500WhenAListenerFailsAndProcessesTheRedelivery() {
		byte[] body = callback("flaky", "approved");
		String nonce = nonce(0);
		String[] headers = signed(nonce, sign(nonce, body));
		this.listener.failOnce.add("flaky");
		HttpResponse<String> failed = this.client.post(body, headers);
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.body()).isEmpty();
		assertThat(this.client.post(body, headers).statusCode()).isEqualTo(200);
		assertThat(this.listener.received("flaky")).hasSize(1);
	}

	@Test
	void answersOtherDeliveriesWhileOneIsInProgress() throws Exception {
		byte[] body = callback("concurrent", "approved");
		String nonce = nonce(0);
		String[] headers = signed(nonce, sign(nonce, body));
		RecordingListener.Gate gate = this.listener.hold("concurrent");
		CompletableFuture<Integer> first = CompletableFuture
			.supplyAsync(() -> this.client.post(body, headers).statusCode());
		gate.awaitEntered();
		List<Integer> others = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = this.client.post(body, headers);
			others.add(response.statusCode());
			assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
		}
		gate.open();
		assertThat(others).containsOnly(503);
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(200);
		assertThat(this.listener.received("concurrent")).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "DELETE", "PATCH" })
	void answersOtherMethodsWith405(String method) {
		byte[] body = callback("put", "approved");
		String nonce = nonce(0);
		HttpResponse<String> response = this.client.send(method, BodyPublishers.ofByteArray(body), null,
				signed(nonce, sign(nonce, body)));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
		assertThat(response.body()).isEmpty();
		assertThat(this.listener.callbacks).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "HEAD", "OPTIONS" })
	void answersHeadAndOptionsWith405(String method) {
		HttpResponse<String> response = this.client.send(method, BodyPublishers.noBody(), null);
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

	@Test
	void mapsExactlyTheCallbackPath() {
		assertThat(new CallbackClient(this.port, "/authy/onetouch/callback/").get("uuid=x").statusCode())
			.isEqualTo(404);
		assertThat(new CallbackClient(this.port, "/authy/onetouch/callback.json").get("uuid=x").statusCode())
			.isEqualTo(404);
		assertThat(new CallbackClient(this.port, "/authy/onetouch").get("uuid=x").statusCode()).isEqualTo(404);
	}

	String sign(String nonce, byte[] body) {
		return this.signer.sign(nonce, "POST", JAVA_URL, canonical(body));
	}

	static String nonce(long secondsFromNow) {
		return Long.toString(NOW.getEpochSecond() + secondsFromNow);
	}

	static byte[] callback(String uuid, String status) {
		String json = "{\"authy_id\":1234,\"device_uuid\":99,\"callback_action\":\"approval_request_status\",\"uuid\":\""
				+ uuid + "\",\"status\":\"" + status
				+ "\",\"approval_request\":{\"transaction\":{\"message\":\"Log in?\","
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
