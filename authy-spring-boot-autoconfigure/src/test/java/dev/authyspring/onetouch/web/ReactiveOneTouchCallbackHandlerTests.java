package dev.authyspring.onetouch.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import dev.authyspring.core.internal.RailsQueryString;
import dev.authyspring.core.onetouch.CallbackParameters;
import dev.authyspring.core.onetouch.NonceFreshness;
import dev.authyspring.core.onetouch.OneTouchSignatureVerifier;
import dev.authyspring.core.onetouch.OneTouchSigner;
import dev.authyspring.core.testing.MutableClock;
import dev.authyspring.onetouch.InMemoryOneTouchNonceStore;
import dev.authyspring.onetouch.OneTouchCallback;
import dev.authyspring.onetouch.OneTouchCallbackMetrics;
import dev.authyspring.onetouch.OneTouchCallbackProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunctions;

import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ReactiveOneTouchCallbackHandler} with {@link WebTestClient}, without a
 * server.
 */
class ReactiveOneTouchCallbackHandlerTests {

	private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000);

	private static final String URL = "https://callbacks.example.com/authy/onetouch/callback";

	private final List<OneTouchCallback> callbacks = new CopyOnWriteArrayList<>();

	private final List<String> threads = new CopyOnWriteArrayList<>();

	private final Scheduler scheduler = Schedulers.newSingle("authy-callbacks");

	private final WebTestClient client = WebTestClient
		.bindToRouterFunction(RouterFunctions.route(RequestPredicates.path("/authy/onetouch/callback"),
				new ReactiveOneTouchCallbackHandler(processor(), this.scheduler)))
		.configureClient()
		.baseUrl("https://callbacks.example.com")
		.responseTimeout(Duration.ofSeconds(10))
		.build();

	@AfterEach
	void dispose() {
		this.scheduler.dispose();
	}

	@Test
	void verifiesAgainstTheUrlTheClientCalledAndPublishesOnTheGivenScheduler() {
		byte[] body = callback("reactive");
		this.client.post()
			.uri("/authy/onetouch/callback")
			.headers((headers) -> sign(headers, body))
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.isEmpty();
		assertThat(this.callbacks).extracting(OneTouchCallback::uuid).containsExactly("reactive");
		assertThat(this.threads).singleElement().asString().startsWith("authy-callbacks");
	}

	@Test
	void stopsReadingAnEndlessBodyAtTheLimit() {
		AtomicLong sent = new AtomicLong();
		Flux<DataBuffer> endless = Flux.generate((sink) -> {
			sent.addAndGet(1024);
			sink.next(DefaultDataBufferFactory.sharedInstance.wrap(new byte[1024]));
		});
		this.client.post()
			.uri("/authy/onetouch/callback")
			.contentType(MediaType.APPLICATION_JSON)
			.body(endless, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.isEmpty();
		assertThat(sent.get()).isLessThan(4L * OneTouchCallbackProcessor.MAX_BODY_SIZE);
		assertThat(this.callbacks).isEmpty();
	}

	@Test
	void answersDeclaredOversizedBodyWithoutReadingIt() {
		byte[] body = new byte[OneTouchCallbackProcessor.MAX_BODY_SIZE + 1];
		this.client.post().uri("/authy/onetouch/callback").bodyValue(body).exchange().expectStatus().isEqualTo(413);
	}

	@Test
	void answersOtherMethodsWith405AndAllow() {
		this.client.put()
			.uri("/authy/onetouch/callback")
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.valueEquals("Allow", "GET, POST")
			.expectBody()
			.isEmpty();
	}

	@Test
	void checksASignedGetAgainstItsRawQuery() {
		String query = "authy_id=1234&status=denied&uuid=get-me";
		String nonce = Long.toString(NOW.getEpochSecond());
		String signature = new OneTouchSigner(JAVA_KEY).sign(nonce, "GET", URL, query);
		this.client.get()
			.uri(URL + "?" + query)
			.header("X-Authy-Signature-Nonce", nonce)
			.header("X-Authy-Signature", signature)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(this.callbacks).extracting(OneTouchCallback::uuid).containsExactly("get-me");
	}

	private OneTouchCallbackProcessor processor() {
		MutableClock clock = new MutableClock(NOW);
		return new OneTouchCallbackProcessor(OneTouchSignatureVerifier.of(JAVA_KEY),
				new NonceFreshness(Duration.ofMinutes(5), Duration.ofSeconds(30), clock),
				new InMemoryOneTouchNonceStore(10, clock), (event) -> {
					this.threads.add(Thread.currentThread().getName());
					this.callbacks.add(event.callback());
				}, OneTouchCallbackMetrics.none(), null);
	}

	private static void sign(org.springframework.http.HttpHeaders headers, byte[] body) {
		String nonce = Long.toString(NOW.getEpochSecond());
		String canonical = RailsQueryString.of(CallbackParameters.parseJson(body));
		headers.set("X-Authy-Signature-Nonce", nonce);
		headers.set("X-Authy-Signature", new OneTouchSigner(JAVA_KEY).sign(nonce, "POST", URL, canonical));
	}

	private static byte[] callback(String uuid) {
		return ("{\"authy_id\":1234,\"uuid\":\"" + uuid + "\",\"status\":\"approved\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
