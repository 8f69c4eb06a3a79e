package dev.authyspring.onetouch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.core.internal.RailsQueryString;
import dev.authyspring.core.onetouch.CallbackHeaders;
import dev.authyspring.core.onetouch.CallbackParameters;
import dev.authyspring.core.onetouch.NonceFreshness;
import dev.authyspring.core.onetouch.OneTouchSignatureVerifier;
import dev.authyspring.core.onetouch.OneTouchSigner;
import dev.authyspring.core.testing.MutableClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.authyspring.core.onetouch.OneTouchVectors.A1_1_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_1_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_2_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_2_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_5_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_5_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_URL;
import static dev.authyspring.core.onetouch.OneTouchVectors.UPHOLD_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.fixture;
import static dev.authyspring.core.onetouch.OneTouchVectors.fixtureText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link OneTouchCallbackProcessor}, without a web stack: the authy-java
 * vectors of section A1 and callbacks signed here.
 */
class OneTouchCallbackProcessorTests {

	private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000);

	private static final String JAVA_POST_UUID = "4a725520-bff5-0135-eb01-0e5d90336a8c";

	private final OneTouchSigner signer = new OneTouchSigner(JAVA_KEY);

	private final MutableClock clock = new MutableClock(NOW);

	private final InMemoryOneTouchNonceStore nonceStore = new InMemoryOneTouchNonceStore(100, this.clock);

	private final Listener listener = new Listener();

	private final SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();

	private OneTouchCallbackProcessor processor = processor(this.nonceStore, JAVA_URL);

	@ParameterizedTest
	@CsvSource({ "a1_1, " + A1_1_NONCE + ", " + A1_1_SIGNATURE, "a1_2, " + A1_2_NONCE + ", " + A1_2_SIGNATURE })
	void acceptsAuthyJavaPostVectors(String vector, String nonce, String signature) {
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(nonce) + 1));
		CallbackReply reply = this.processor.process(post(fixture(vector + "-body.json"), nonce, signature));
		assertThat(reply).isEqualTo(new CallbackReply(200, OneTouchCallbackOutcome.ACCEPTED, Map.of()));
		assertThat(this.listener.callbacks).singleElement().satisfies((callback) -> {
			assertThat(callback.uuid()).isEqualTo(JAVA_POST_UUID);
			assertThat(callback.authyId()).isEqualTo(688611L);
			assertThat(callback.status()).isEqualTo(ApprovalStatus.APPROVED);
		});
		assertThat(count("accepted", 200)).isOne();
	}

	@Test
	void acceptsAuthyJavaGetVector() {
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(A1_5_NONCE)));
		CallbackReply reply = this.processor.process(get(fixtureText("a1_5-query.txt"), A1_5_NONCE, A1_5_SIGNATURE));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(this.listener.callbacks).singleElement()
			.satisfies((callback) -> assertThat(callback.uuid()).isEqualTo("7e272da0-c015-0135-eafc-0e5d90336a8c"));
	}

	@Test
	void verifiesAgainstTheConfiguredUrlRatherThanTheRequestUrl() {
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(A1_1_NONCE)));
		CallbackRequest fromProxy = request("POST", "http://10.0.0.7:8080/authy/onetouch/callback", A1_1_NONCE,
				A1_1_SIGNATURE, null, fixture("a1_1-body.json"));
		assertThat(this.processor.process(fromProxy).status()).isEqualTo(200);
		this.nonceStore.clear();
		assertThat(processor(this.nonceStore, null).process(fromProxy).status()).isEqualTo(401);
	}

	@Test
	void usesTheRequestUrlWhenNoneIsConfigured() {
		this.processor = processor(this.nonceStore, null);
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(A1_1_NONCE)));
		assertThat(this.processor.process(post(fixture("a1_1-body.json"), A1_1_NONCE, A1_1_SIGNATURE)).status())
			.isEqualTo(200);
	}

	@Test
	void rejectsTamperedBodyAndQuery() {
		this.clock.set(Instant.ofEpochSecond(Long.parseLong(A1_1_NONCE)));
		byte[] body = fixtureText("a1_1-body.json").replace("\"approved\"", "\"denied\"")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(this.processor.process(post(body, A1_1_NONCE, A1_1_SIGNATURE)))
			.isEqualTo(new CallbackReply(401, OneTouchCallbackOutcome.INVALID_SIGNATURE, Map.of()));
		String query = fixtureText("a1_5-query.txt").replace("authy_id=688611", "authy_id=688612");
		assertThat(this.processor.process(get(query, A1_5_NONCE, A1_5_SIGNATURE)).status()).isEqualTo(401);
		assertThat(this.listener.callbacks).isEmpty();
		assertThat(count("invalid_signature", 401)).isEqualTo(2);
	}

	@Test
	void rejectsCallbackSignedWithAnotherKeyOrForAnotherUrl() {
		byte[] body = callback("wrong", "approved");
		String nonce = nonce(0);
		String otherKey = new OneTouchSigner(UPHOLD_KEY).sign(nonce, "POST", JAVA_URL, canonical(body));
		String httpUrl = this.signer.sign(nonce, "POST", "http://requestb.in/ui9vdiui", canonical(body));
		assertThat(this.processor.process(post(body, nonce, otherKey)).status()).isEqualTo(401);
		assertThat(this.processor.process(post(body, nonce, httpUrl)).status()).isEqualTo(401);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void rejectsMissingSignatureHeaders() {
		byte[] body = callback("missing", "approved");
		String nonce = nonce(0);
		assertThat(this.processor.process(post(body, null, null)).status()).isEqualTo(401);
		assertThat(this.processor.process(post(body, null, sign(nonce, body))).status()).isEqualTo(401);
		assertThat(this.processor.process(post(body, nonce, null)).status()).isEqualTo(401);
		assertThat(this.processor.process(get(fixtureText("a1_5-query.txt"), null, null)).status()).isEqualTo(401);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void rejectsStaleNonceAndAcceptsOneJustInside() {
		byte[] body = callback("stale", "approved");
		String stale = nonce(-301);
		assertThat(this.processor.process(post(body, stale, sign(stale, body))))
			.isEqualTo(new CallbackReply(401, OneTouchCallbackOutcome.STALE, Map.of()));
		String recent = nonce(-299);
		assertThat(this.processor.process(post(body, recent, sign(recent, body))).status()).isEqualTo(200);
		assertThat(count("stale", 401)).isOne();
	}

	@Test
	void rejectsNonceTooFarInTheFutureAndAcceptsSkewWithin() {
		byte[] body = callback("future", "approved");
		String future = nonce(31);
		assertThat(this.processor.process(post(body, future, sign(future, body))).outcome())
			.isEqualTo(OneTouchCallbackOutcome.STALE);
		String skewed = NOW.getEpochSecond() + 29 + ".5";
		assertThat(this.processor.process(post(body, skewed, sign(skewed, body))).status()).isEqualTo(200);
		assertThat(this.listener.callbacks).hasSize(1);
	}

	@Test
	void answersReplayWith200WithoutPublishingAgain() {
		byte[] body = callback("replayed", "approved");
		String nonce = nonce(0);
		for (int i = 0; i < 3; i++) {
			assertThat(this.processor.process(post(body, nonce, sign(nonce, body))).status()).isEqualTo(200);
		}
		String query = canonical(callback("get-replay", "denied"));
		String signature = this.signer.sign(nonce, "GET", JAVA_URL, query);
		assertThat(this.processor.process(get(query, nonce, signature)).outcome())
			.isEqualTo(OneTouchCallbackOutcome.ACCEPTED);
		assertThat(this.processor.process(get(query, nonce, signature)).outcome())
			.isEqualTo(OneTouchCallbackOutcome.DUPLICATE);
		assertThat(this.listener.callbacks).extracting(OneTouchCallback::uuid)
			.containsExactly("replayed", "get-replay");
		assertThat(count("duplicate", 200)).isEqualTo(3);
	}

	@Test
	void redeliverySignedAnewWithAnotherNonceIsADuplicate() {
		byte[] body = callback("re-signed", "approved");
		String first = nonce(-10);
		String second = nonce(0);
		assertThat(this.processor.process(post(body, first, sign(first, body))).outcome())
			.isEqualTo(OneTouchCallbackOutcome.ACCEPTED);
		assertThat(this.processor.process(post(body, second, sign(second, body))).outcome())
			.isEqualTo(OneTouchCallbackOutcome.DUPLICATE);
	}

	@Test
	void publishesDifferentCallbacksThatShareANonce() {
		String nonce = nonce(0);
		byte[] first = callback("first", "approved");
		byte[] second = callback("second", "denied");
		this.processor.process(post(first, nonce, sign(nonce, first)));
		this.processor.process(post(second, nonce, sign(nonce, second)));
		assertThat(this.listener.callbacks).extracting(OneTouchCallback::uuid).containsExactly("first", "second");
	}

	@Test
	void refusesSignedPayloadsThatAreNotOneTouchCallbacks() {
		String nonce = nonce(0);
		List<CallbackRequest> requests = new ArrayList<>();
		for (String status : new String[] { "pending", "APPROVED" }) {
			byte[] body = callback("status-" + status, status);
			requests.add(post(body, nonce, sign(nonce, body)));
		}
		for (String query : new String[] { canonical(callback("get-upper", "Denied")),
				"uuid=u&authy_id=1&status=approved&device=x&device%5Bos%5D=ios",
				"authy_id=1234&status=approved&uuid=bad%C3%28utf8" }) {
			requests.add(get(query, nonce, this.signer.sign(nonce, "GET", JAVA_URL, query)));
		}
		for (CallbackRequest request : requests) {
			assertThat(this.processor.process(request)).as(request.rawQuery())
				.isEqualTo(new CallbackReply(400, OneTouchCallbackOutcome.MALFORMED, Map.of()));
		}
		assertThat(this.listener.callbacks).isEmpty();
		assertThat(count("malformed", 400)).isEqualTo(requests.size());
	}

	@Test
	void treatsABodyThatIsNotJsonAsUnverifiable() {
		String nonce = nonce(0);
		byte[] body = "uuid=u&authy_id=1&status=approved".getBytes(StandardCharsets.UTF_8);
		String signature = this.signer.sign(nonce, "POST", JAVA_URL, "authy_id=1&status=approved&uuid=u");
		assertThat(this.processor.process(post(body, nonce, signature)).status()).isEqualTo(401);
	}

	@Test
	void refusesOversizedBodyByDeclaredOrReadLength() {
		byte[] body = callback("big", "approved");
		String nonce = nonce(0);
		String signature = sign(nonce, body);
		CallbackRequest declared = new CallbackRequest("POST", JAVA_URL, headers(nonce, signature), null, new byte[0],
				OneTouchCallbackProcessor.MAX_BODY_SIZE + 1L, false);
		CallbackRequest read = new CallbackRequest("POST", JAVA_URL, headers(nonce, signature), null,
				new byte[OneTouchCallbackProcessor.MAX_BODY_SIZE + 1], -1, false);
		assertThat(this.processor.process(declared))
			.isEqualTo(new CallbackReply(413, OneTouchCallbackOutcome.MALFORMED, Map.of()));
		assertThat(this.processor.process(read).status()).isEqualTo(413);
		assertThat(count("malformed", 413)).isEqualTo(2);
	}

	@Test
	void refusesBodyThatCouldNotBeRead() {
		CallbackRequest unreadable = new CallbackRequest("POST", JAVA_URL, headers(nonce(0), "x"), null, null, 10,
				false);
		assertThat(this.processor.process(unreadable).status()).isEqualTo(400);
	}

	@Test
	void refusesPathParameters() {
		byte[] body = callback("jsession", "approved");
		String nonce = nonce(0);
		CallbackRequest request = new CallbackRequest("POST", JAVA_URL, headers(nonce, sign(nonce, body)), null, body,
				body.length, true);
		assertThat(this.processor.process(request).status()).isEqualTo(400);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE" })
	void answersOtherMethodsWith405WithoutCountingThem(String method) {
		byte[] body = callback("put", "approved");
		String nonce = nonce(0);
		CallbackReply reply = this.processor.process(request(method, JAVA_URL, nonce, sign(nonce, body), null, body));
		assertThat(reply.status()).isEqualTo(405);
		assertThat(reply.headers()).containsExactly(Map.entry("Allow", "GET, POST"));
		assertThat(this.listener.callbacks).isEmpty();
		assertThat(this.meterRegistry.find("authy.onetouch.callbacks").counters()).isEmpty();
	}

	@Test
	void processesRedeliveryAfterListenerFailure() {
		byte[] body = callback("flaky", "approved");
		String nonce = nonce(0);
		this.listener.failOnce.add("flaky");
		assertThat(this.processor.process(post(body, nonce, sign(nonce, body))))
			.isEqualTo(new CallbackReply(500, OneTouchCallbackOutcome.LISTENER_ERROR, Map.of()));
		assertThat(this.listener.callbacks).isEmpty();
		assertThat(this.processor.process(post(body, nonce, sign(nonce, body))).outcome())
			.isEqualTo(OneTouchCallbackOutcome.ACCEPTED);
		assertThat(this.processor.process(post(body, nonce, sign(nonce, body))).outcome())
			.isEqualTo(OneTouchCallbackOutcome.DUPLICATE);
		assertThat(this.listener.received("flaky")).hasSize(1);
	}

	@Test
	void releasesTheClaimWhenAListenerThrowsAnError() {
		byte[] body = callback("error", "approved");
		String nonce = nonce(0);
		OneTouchCallbackProcessor failing = new OneTouchCallbackProcessor(OneTouchSignatureVerifier.of(JAVA_KEY),
				freshness(), this.nonceStore, (event) -> {
					throw new StackOverflowError("listener");
				}, OneTouchCallbackMetrics.none(), JAVA_URL);
		assertThatExceptionOfType(StackOverflowError.class)
			.isThrownBy(() -> failing.process(post(body, nonce, sign(nonce, body))));
		assertThat(this.processor.process(post(body, nonce, sign(nonce, body))).outcome())
			.isEqualTo(OneTouchCallbackOutcome.ACCEPTED);
	}

	@Test
	void answersDeliveriesDuringProcessingWith503AndPublishesOnce() throws Exception {
		byte[] body = callback("concurrent", "approved");
		String nonce = nonce(0);
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch proceed = new CountDownLatch(1);
		this.listener.hold("concurrent", entered, proceed);
		CompletableFuture<CallbackReply> first = CompletableFuture
			.supplyAsync(() -> this.processor.process(post(body, nonce, sign(nonce, body))));
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(this.processor.process(post(body, nonce, sign(nonce, body))))
				.isEqualTo(new CallbackReply(503, OneTouchCallbackOutcome.DUPLICATE, Map.of("Retry-After", "1")));
		}
		proceed.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(OneTouchCallbackOutcome.ACCEPTED);
		// Authy redelivers the ones answered 503: now duplicates of a processed callback.
		assertThat(this.processor.process(post(body, nonce, sign(nonce, body))).status()).isEqualTo(200);
		assertThat(this.listener.received("concurrent")).hasSize(1);
	}

	@Test
	void deliveryDuringAFailingOneIsProcessedWhenRedelivered() throws Exception {
		byte[] body = callback("concurrent-flaky", "approved");
		String nonce = nonce(0);
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch proceed = new CountDownLatch(1);
		this.listener.hold("concurrent-flaky", entered, proceed);
		this.listener.failOnce.add("concurrent-flaky");
		CompletableFuture<CallbackReply> first = CompletableFuture
			.supplyAsync(() -> this.processor.process(post(body, nonce, sign(nonce, body))));
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.processor.process(post(body, nonce, sign(nonce, body))).status()).isEqualTo(503);
		proceed.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(500);
		assertThat(this.processor.process(post(body, nonce, sign(nonce, body))).status()).isEqualTo(200);
		assertThat(this.listener.received("concurrent-flaky")).hasSize(1);
	}

	@Test
	void answers503WhenTheNonceStoreCannotBeReached() {
		FailingStore store = new FailingStore(this.nonceStore);
		store.failClaims = true;
		this.processor = processor(store, JAVA_URL);
		byte[] body = callback("outage", "approved");
		String nonce = nonce(0);
		assertThat(this.processor.process(post(body, nonce, sign(nonce, body))))
			.isEqualTo(new CallbackReply(503, OneTouchCallbackOutcome.STORE_UNAVAILABLE, Map.of("Retry-After", "5")));
		assertThat(this.listener.callbacks).isEmpty();
		store.failClaims = false;
		assertThat(this.processor.process(post(body, nonce, sign(nonce, body))).status()).isEqualTo(200);
		assertThat(count("store_unavailable", 503)).isOne();
	}

	@Test
	void answers200WhenOnlyRecordingTheProcessedCallbackFails() {
		FailingStore store = new FailingStore(this.nonceStore);
		store.failCompletes = true;
		this.processor = processor(store, JAVA_URL);
		byte[] body = callback("unrecorded", "approved");
		String nonce = nonce(0);
		assertThat(this.processor.process(post(body, nonce, sign(nonce, body))).outcome())
			.isEqualTo(OneTouchCallbackOutcome.ACCEPTED);
		// Still claimed: a redelivery is not published a second time.
		assertThat(this.processor.process(post(body, nonce, sign(nonce, body))).status()).isEqualTo(503);
		assertThat(this.listener.received("unrecorded")).hasSize(1);
	}

	@Test
	void observesEachRequestWithItsOutcomeAndNothingOfTheCallback() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		OneTouchCallbackProcessor observed = new OneTouchCallbackProcessor(OneTouchSignatureVerifier.of(JAVA_KEY),
				freshness(), this.nonceStore, this.listener, OneTouchCallbackMetrics.none(), JAVA_URL, registry);
		byte[] body = callback("observed", "approved");
		String nonce = nonce(0);
		observed.process(post(body, nonce, sign(nonce, body)));
		observed.process(request("PUT", JAVA_URL, nonce, "x", null, body));
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo(OneTouchCallbackProcessor.OBSERVATION_NAME, 2)
			.hasObservationWithNameEqualToIgnoringCase(OneTouchCallbackProcessor.OBSERVATION_NAME)
			.that()
			.hasContextualNameEqualTo("authy onetouch callback")
			.hasLowCardinalityKeyValue("method", "POST")
			.hasLowCardinalityKeyValue("outcome", "accepted")
			.hasLowCardinalityKeyValue("status", "200")
			.doesNotHaveHighCardinalityKeyValueWithKey("uuid");
		TestObservationRegistryAssert.assertThat(registry)
			.hasAnObservationWithAKeyValue("method", "other")
			.hasAnObservationWithAKeyValue("status", "405");
	}

	private OneTouchCallbackProcessor processor(OneTouchNonceStore store, @Nullable String callbackUrl) {
		return new OneTouchCallbackProcessor(OneTouchSignatureVerifier.of(JAVA_KEY), freshness(), store, this.listener,
				new MicrometerOneTouchCallbackMetrics(this.meterRegistry), callbackUrl);
	}

	private NonceFreshness freshness() {
		return new NonceFreshness(Duration.ofMinutes(5), Duration.ofSeconds(30), this.clock);
	}

	private static CallbackRequest post(byte[] body, @Nullable String nonce, @Nullable String signature) {
		return request("POST", JAVA_URL, nonce, signature, null, body);
	}

	private static CallbackRequest get(String query, @Nullable String nonce, @Nullable String signature) {
		return request("GET", JAVA_URL, nonce, signature, query, new byte[0]);
	}

	private static CallbackRequest request(String method, String url, @Nullable String nonce,
			@Nullable String signature, @Nullable String query, byte[] body) {
		return new CallbackRequest(method, url, headers(nonce, signature), query, body, body.length, false);
	}

	private static CallbackHeaders headers(@Nullable String nonce, @Nullable String signature) {
		return (name) -> switch (name.toLowerCase(java.util.Locale.ROOT)) {
			case "x-authy-signature-nonce" -> nonce;
			case "x-authy-signature" -> signature;
			default -> null;
		};
	}

	private String sign(String nonce, byte[] body) {
		return this.signer.sign(nonce, "POST", JAVA_URL, canonical(body));
	}

	private static String nonce(long secondsFromNow) {
		return Long.toString(NOW.getEpochSecond() + secondsFromNow);
	}

	private static byte[] callback(String uuid, String status) {
		String json = "{\"authy_id\":1234,\"device_uuid\":99,\"callback_action\":\"approval_request_status\",\"uuid\":\""
				+ uuid + "\",\"status\":\"" + status
				+ "\",\"approval_request\":{\"transaction\":{\"message\":\"Log in?\","
				+ "\"details\":{\"Location\":\"Bogotá\"},\"hidden_details\":null}},\"device\":{\"os_type\":\"ios\"}}";
		return json.getBytes(StandardCharsets.UTF_8);
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

	/**
	 * Records published callbacks; can fail once, or hold a delivery until the test lets
	 * it go.
	 */
	private static final class Listener implements Consumer<OneTouchCallbackEvent> {

		final List<OneTouchCallback> callbacks = new CopyOnWriteArrayList<>();

		final Set<String> failOnce = ConcurrentHashMap.newKeySet();

		private final Map<String, CountDownLatch[]> held = new ConcurrentHashMap<>();

		@Override
		public void accept(OneTouchCallbackEvent event) {
			String uuid = event.callback().uuid();
			CountDownLatch[] gate = this.held.remove(uuid);
			if (gate != null) {
				gate[0].countDown();
				try {
					assertThat(gate[1].await(10, TimeUnit.SECONDS)).isTrue();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
			if (this.failOnce.remove(uuid)) {
				throw new IllegalStateException("listener failed for " + uuid);
			}
			this.callbacks.add(event.callback());
		}

		void hold(String uuid, CountDownLatch entered, CountDownLatch proceed) {
			this.held.put(uuid, new CountDownLatch[] { entered, proceed });
		}

		List<OneTouchCallback> received(String uuid) {
			return this.callbacks.stream().filter((callback) -> callback.uuid().equals(uuid)).toList();
		}

	}

	/**
	 * A store that fails on demand, as one whose server is down does.
	 */
	private static final class FailingStore implements OneTouchNonceStore {

		private final OneTouchNonceStore delegate;

		volatile boolean failClaims;

		volatile boolean failCompletes;

		FailingStore(OneTouchNonceStore delegate) {
			this.delegate = delegate;
		}

		@Override
		public Claim claim(String key, Instant expiresAt) {
			if (this.failClaims) {
				throw new IllegalStateException("connection refused");
			}
			return this.delegate.claim(key, expiresAt);
		}

		@Override
		public void complete(String key) {
			if (this.failCompletes) {
				throw new IllegalStateException("connection refused");
			}
			this.delegate.complete(key);
		}

		@Override
		public void release(String key) {
			this.delegate.release(key);
		}

	}

}
