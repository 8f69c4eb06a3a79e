package dev.authyspring.client;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reads are retried on 429, 502, 503 and 504 with backoff or within {@code Retry-After};
 * calls with side effects are never repeated once the request may have been sent; any
 * call is retried while the connection is refused.
 */
class AuthyRetryTests extends AuthyWireMockTestSupport {

	static Stream<Arguments> readsWithRetryableStatuses() {
		return AuthyCalls.reads().flatMap((call) -> statuses().map((status) -> Arguments.of(call, status)));
	}

	static Stream<Arguments> sideEffectsWithRetryableStatuses() {
		return AuthyCalls.sideEffects().flatMap((call) -> statuses().map((status) -> Arguments.of(call, status)));
	}

	static Stream<Integer> statuses() {
		return Stream.of(429, 502, 503, 504);
	}

	/**
	 * Answers {@code failures} times with the status, then with the recorded OK answer.
	 */
	static void failThenSucceed(AuthyCalls call, int status, int failures, String retryAfter) {
		String state = STARTED;
		for (int i = 1; i <= failures; i++) {
			var response = aResponse().withStatus(status)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\":\"Try later\",\"success\":false}");
			if (retryAfter != null) {
				response.withHeader("Retry-After", retryAfter);
			}
			wireMock.stubFor(any(urlPathEqualTo(call.path())).inScenario("retry")
				.whenScenarioStateIs(state)
				.willReturn(response)
				.willSetStateTo("failed " + i));
			state = "failed " + i;
		}
		wireMock.stubFor(any(urlPathEqualTo(call.path())).inScenario("retry")
			.whenScenarioStateIs(state)
			.willReturn(recorded(200, call.okFixture())));
	}

	static void alwaysAnswer(AuthyCalls call, int status) {
		wireMock.stubFor(any(urlPathEqualTo(call.path()))
			.willReturn(json(status, "{\"message\":\"Try later\",\"success\":false}")));
	}

	static int countRequests(AuthyCalls call) {
		return wireMock.countRequestsMatching(anyRequestedFor(urlPathEqualTo(call.path())).build()).getCount();
	}

	static void assertWithin(Duration wait, long minMillis, long maxMillis) {
		assertThat(wait.toMillis()).isBetween(minMillis, maxMillis);
	}

	static String closedPortUrl() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		return "http://127.0.0.1:" + port;
	}

	// Reads

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("readsWithRetryableStatuses")
	void readIsRetriedOnRetryableStatusWithDoublingBackoff(AuthyCalls call, int status) {
		failThenSucceed(call, status, 2, null);
		assertThat(call.invoke(this.client)).isNotNull();
		wireMock.verify(exactly(3), anyRequestedFor(urlPathEqualTo(call.path())));
		assertThat(this.sleeps).hasSize(2);
		assertWithin(this.sleeps.get(0), 100, 200);
		assertWithin(this.sleeps.get(1), 200, 400);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.authyspring.client.AuthyCalls#reads")
	void readGivesUpAfterMaxAttemptsWithTheLastAnswer(AuthyCalls call) {
		alwaysAnswer(call, 503);
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class, () -> call.invoke(this.client));
		assertThat(ex.getHttpStatus()).isEqualTo(503);
		assertThat(ex.getOperation()).isEqualTo(call.operation());
		assertThat(countRequests(call)).isEqualTo(3);
		assertThat(this.sleeps).hasSize(2);
	}

	@Test
	void readMakesAsManyAttemptsAsConfigured() {
		AuthyCalls call = AuthyCalls.READS.get(0);
		AuthyClient patient = clientBuilder().retry(new RetrySettings(5, Duration.ofMillis(10), Duration.ofMillis(80)))
			.build();
		alwaysAnswer(call, 502);
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> call.invoke(patient));
		assertThat(countRequests(call)).isEqualTo(5);
		assertThat(this.sleeps).hasSize(4);
	}

	@Test
	void singleAttemptSettingsNeverRetry() {
		AuthyCalls call = AuthyCalls.READS.get(0);
		AuthyClient once = clientBuilder().retry(RetrySettings.NONE).build();
		alwaysAnswer(call, 503);
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> call.invoke(once));
		assertThat(countRequests(call)).isEqualTo(1);
		assertThat(this.sleeps).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.authyspring.client.AuthyCalls#reads")
	void readHonoursRetryAfterSecondsWithinMaxBackoff(AuthyCalls call) {
		failThenSucceed(call, 429, 1, "2");
		assertThat(call.invoke(this.client)).isNotNull();
		assertThat(countRequests(call)).isEqualTo(2);
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(2));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.authyspring.client.AuthyCalls#reads")
	void readFailsAtOnceWhenRetryAfterExceedsMaxBackoff(AuthyCalls call) {
		failThenSucceed(call, 503, 1, "3");
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class, () -> call.invoke(this.client));
		assertThat(ex.getHttpStatus()).isEqualTo(503);
		assertThat(countRequests(call)).isEqualTo(1);
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void readHonoursRetryAfterHttpDate() {
		AuthyCalls call = AuthyCalls.READS.get(4);
		String inOneSecond = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(1));
		failThenSucceed(call, 503, 1, inOneSecond);
		assertThat(call.invoke(this.client)).isNotNull();
		assertThat(countRequests(call)).isEqualTo(2);
		assertThat(this.sleeps).singleElement()
			.satisfies((wait) -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofSeconds(1)));
	}

	@Test
	void readFailsAtOnceWhenRetryAfterHttpDateIsBeyondMaxBackoff() {
		AuthyCalls call = AuthyCalls.READS.get(4);
		String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
		failThenSucceed(call, 429, 1, inAnHour);
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> call.invoke(this.client));
		assertThat(countRequests(call)).isEqualTo(1);
		assertThat(this.sleeps).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "soon", "-1", "" })
	void readFallsBackToBackoffWhenRetryAfterIsUnusable(String retryAfter) {
		AuthyCalls call = AuthyCalls.READS.get(5);
		failThenSucceed(call, 503, 1, retryAfter);
		assertThat(call.invoke(this.client)).isNotNull();
		assertThat(countRequests(call)).isEqualTo(2);
		assertThat(this.sleeps).singleElement().satisfies((wait) -> assertWithin(wait, 100, 200));
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 500, 501 })
	void readIsNotRetriedOnOtherErrors(int status) {
		AuthyCalls call = AuthyCalls.READS.get(0);
		alwaysAnswer(call, status);
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class, () -> call.invoke(this.client));
		assertThat(ex.getHttpStatus()).isEqualTo(status);
		assertThat(countRequests(call)).isEqualTo(1);
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void interruptWhileWaitingStopsRetryingAndKeepsTheInterrupt() {
		AuthyCalls call = AuthyCalls.READS.get(0);
		AuthyClient interrupted = clientBuilder().sleeper((duration) -> {
			throw new InterruptedException();
		}).build();
		alwaysAnswer(call, 503);
		try {
			assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> call.invoke(interrupted))
				.withMessageContaining("interrupted");
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
		assertThat(countRequests(call)).isEqualTo(1);
	}

	// Calls with side effects

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("sideEffectsWithRetryableStatuses")
	void sideEffectIsNeverRetriedOnStatus(AuthyCalls call, int status) {
		failThenSucceed(call, status, 1, "1");
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class, () -> call.invoke(this.client));
		assertThat(ex.getHttpStatus()).isEqualTo(status);
		wireMock.verify(exactly(1), anyRequestedFor(urlPathEqualTo(call.path())));
		assertThat(this.sleeps).isEmpty();
	}

	static Stream<Arguments> sideEffectsWithHttpClientsThatDoNotResend() {
		// HttpURLConnection (the default) re-sends a GET itself: see
		// JdkHttpClientResendTests.
		return AuthyCalls.sideEffects().flatMap((call) -> {
			Stream<Arguments> always = Stream.of(Arguments.of(call, "jdk"), Arguments.of(call, "http-components"));
			return "POST".equals(call.method()) ? Stream.concat(always, Stream.of(Arguments.of(call, "simple")))
					: always;
		});
	}

	static ClientHttpRequestFactoryBuilder<?> httpClient(String name) {
		return switch (name) {
			case "jdk" -> ClientHttpRequestFactoryBuilder.jdk();
			case "http-components" -> HttpComponentsRequestFactories.withoutAutomaticRetries();
			default -> ClientHttpRequestFactoryBuilder.simple();
		};
	}

	/** The connection is reset the first time and answered normally afterwards. */
	static void resetOnce(AuthyCalls call) {
		wireMock.stubFor(any(urlPathEqualTo(call.path())).inScenario("reset")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("reset once"));
		wireMock.stubFor(any(urlPathEqualTo(call.path())).inScenario("reset")
			.whenScenarioStateIs("reset once")
			.willReturn(recorded(200, call.okFixture())));
	}

	@ParameterizedTest(name = "{0} over {1}")
	@MethodSource("sideEffectsWithHttpClientsThatDoNotResend")
	void sideEffectIsNeverRetriedAfterConnectionReset(AuthyCalls call, String httpClient) {
		AuthyClient authy = clientBuilder().requestFactoryBuilder(httpClient(httpClient)).build();
		resetOnce(call);
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> call.invoke(authy));
		wireMock.verify(exactly(1), anyRequestedFor(urlPathEqualTo(call.path())));
		assertThat(this.sleeps).isEmpty();
	}

	@ParameterizedTest(name = "{0} over {1}")
	@MethodSource("sideEffectsWithHttpClientsThatDoNotResend")
	void sideEffectIsNeverRetriedAfterConnectionResetOnAReusedConnection(AuthyCalls call, String httpClient) {
		AuthyClient authy = clientBuilder().requestFactoryBuilder(httpClient(httpClient)).build();
		wireMock.stubFor(any(urlPathEqualTo("/protected/json/app/details"))
			.willReturn(recorded(200, "co-authy/app-details-200.json")));
		authy.apps().details();
		resetOnce(call);
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> call.invoke(authy));
		wireMock.verify(exactly(1), anyRequestedFor(urlPathEqualTo(call.path())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.authyspring.client.AuthyCalls#sideEffects")
	void sideEffectIsNeverRetriedAfterReadTimeout(AuthyCalls call) {
		// No real wait: the delay is far beyond a 50 ms read timeout but the answer is
		// never awaited.
		AuthyClient impatient = clientBuilder().readTimeout(Duration.ofMillis(50)).build();
		wireMock
			.stubFor(any(urlPathEqualTo(call.path())).willReturn(recorded(200, call.okFixture()).withFixedDelay(400)));
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> call.invoke(impatient))
			.withMessageContaining("read timeout");
		wireMock.verify(exactly(1), anyRequestedFor(urlPathEqualTo(call.path())));
	}

	// Connection refused: the request never left, so every call may be retried

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.authyspring.client.AuthyCalls#all")
	void everyCallIsRetriedWhileConnectionIsRefused(AuthyCalls call) throws IOException {
		AuthyClient unreachable = clientBuilder().baseUrl(closedPortUrl())
			.retry(new RetrySettings(4, Duration.ofMillis(100), Duration.ofSeconds(1)))
			.build();
		AuthyTransportException ex = catchThrowableOfType(AuthyTransportException.class,
				() -> call.invoke(unreachable));
		assertThat(ex.getOperation()).isEqualTo(call.operation());
		assertThat(ex.getMessage()).contains("could not connect");
		assertThat(this.sleeps).hasSize(3);
		assertWithin(this.sleeps.get(0), 50, 100);
		assertWithin(this.sleeps.get(1), 100, 200);
		assertWithin(this.sleeps.get(2), 200, 400);
	}

	@Test
	void backoffIsCappedAtMaxBackoff() throws IOException {
		AuthyClient unreachable = clientBuilder().baseUrl(closedPortUrl())
			.retry(new RetrySettings(7, Duration.ofMillis(100), Duration.ofMillis(300)))
			.build();
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> unreachable.apps().details());
		assertThat(this.sleeps).hasSize(6);
		assertWithin(this.sleeps.get(0), 50, 100);
		assertWithin(this.sleeps.get(1), 100, 200);
		for (Duration wait : this.sleeps.subList(2, 6)) {
			assertWithin(wait, 150, 300);
		}
	}

	@Test
	void backoffIsJittered() throws IOException {
		AuthyClient unreachable = clientBuilder().baseUrl(closedPortUrl())
			.retry(new RetrySettings(2, Duration.ofMillis(1000), Duration.ofMillis(1000)))
			.build();
		for (int i = 0; i < 12; i++) {
			assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> unreachable.apps().details());
		}
		Set<Duration> distinct = new HashSet<>(this.sleeps);
		assertThat(this.sleeps).hasSize(12).allSatisfy((wait) -> assertWithin(wait, 500, 1000));
		assertThat(distinct).hasSizeGreaterThan(1);
	}

	@Test
	void connectionRefusedWithSingleAttemptFailsAtOnce() throws IOException {
		AuthyClient unreachable = clientBuilder().baseUrl(closedPortUrl()).retry(RetrySettings.NONE).build();
		assertThatExceptionOfType(AuthyTransportException.class)
			.isThrownBy(() -> unreachable.tokens().verify(81547, "123456"))
			.withMessageContaining("could not connect")
			.withMessageNotContaining("123456");
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void retrySettingsRejectImpossibleValues() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new RetrySettings(0, Duration.ZERO, Duration.ZERO))
			.withMessageContaining("'maxAttempts'");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new RetrySettings(2, Duration.ofMillis(-1), Duration.ZERO))
			.withMessageContaining("'initialBackoff'");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new RetrySettings(2, null, Duration.ZERO))
			.withMessageContaining("'initialBackoff'");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new RetrySettings(2, Duration.ofSeconds(2), Duration.ofSeconds(1)))
			.withMessageContaining("'maxBackoff'");
		assertThat(List.of(RetrySettings.DEFAULTS.maxAttempts(), RetrySettings.NONE.maxAttempts())).containsExactly(3,
				1);
	}

}
