package dev.authyspring.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetryPolicy}: which attempts are repeated and after what wait. Time
 * comes from a fixed clock; nothing waits.
 */
class RetryPolicyTests {

	private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

	/** Three attempts, 200 ms doubling up to 2 s. */
	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final RetryPolicy policy = new RetryPolicy(RetrySettings.DEFAULTS, this.clock);

	@ParameterizedTest
	@ValueSource(ints = { 429, 502, 503, 504 })
	void aReadIsRepeatedAfterARetryableStatus(int status) {
		assertThat(this.policy.afterAnswer(CallKind.READ, status, null, 1)).isBetween(Duration.ofMillis(100),
				Duration.ofMillis(200));
		assertThat(RetryPolicy.isRetryableStatus(status)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 200, 400, 401, 404, 500, 501 })
	void noCallIsRepeatedAfterAnotherStatus(int status) {
		assertThat(this.policy.afterAnswer(CallKind.READ, status, "1", 1)).isNull();
		assertThat(RetryPolicy.isRetryableStatus(status)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 429, 502, 503, 504 })
	void aCallWithSideEffectsIsNeverRepeatedOnceAuthyAnswered(int status) {
		assertThat(this.policy.afterAnswer(CallKind.SIDE_EFFECT, status, null, 1)).isNull();
		assertThat(this.policy.afterAnswer(CallKind.SIDE_EFFECT, status, "1", 1)).isNull();
	}

	@Test
	void theLastAttemptIsNotRepeated() {
		assertThat(this.policy.afterAnswer(CallKind.READ, 503, null, 2)).isNotNull();
		assertThat(this.policy.afterAnswer(CallKind.READ, 503, null, 3)).isNull();
		assertThat(this.policy.afterFailure(refused(), 2)).isNotNull();
		assertThat(this.policy.afterFailure(refused(), 3)).isNull();
		RetryPolicy once = new RetryPolicy(RetrySettings.NONE, this.clock);
		assertThat(once.afterAnswer(CallKind.READ, 503, null, 1)).isNull();
		assertThat(once.afterFailure(refused(), 1)).isNull();
	}

	@Test
	void anyCallIsRepeatedWhenItsRequestNeverLeft() {
		assertThat(this.policy.afterFailure(refused(), 1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
	}

	@Test
	void noCallIsRepeatedWhenItsRequestMayHaveLeft() {
		assertThat(this.policy.afterFailure(failed(new SocketException("Connection reset")), 1)).isNull();
		assertThat(this.policy.afterFailure(failed(new SocketTimeoutException("Read timed out")), 1)).isNull();
	}

	@Test
	void retryAfterInSecondsIsTheWaitUpToMaxBackoff() {
		assertThat(this.policy.afterAnswer(CallKind.READ, 429, "2", 1)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.policy.afterAnswer(CallKind.READ, 429, " 0 ", 1)).isEqualTo(Duration.ZERO);
		assertThat(this.policy.afterAnswer(CallKind.READ, 429, "3", 1)).as("longer than max-backoff").isNull();
	}

	@Test
	void retryAfterAsAnHttpDateIsMeasuredFromTheClock() {
		assertThat(this.policy.parseRetryAfter("Wed, 01 Jan 2025 00:00:01 GMT")).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.policy.parseRetryAfter("Tue, 31 Dec 2024 23:59:00 GMT")).as("in the past")
			.isEqualTo(Duration.ZERO);
		assertThat(this.policy.afterAnswer(CallKind.READ, 503, "Wed, 01 Jan 2025 00:00:01 GMT", 1))
			.isEqualTo(Duration.ofSeconds(1));
		assertThat(this.policy.afterAnswer(CallKind.READ, 503, "Wed, 01 Jan 2025 00:01:00 GMT", 1)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "-1", "soon", "1.5", "2025-01-01T00:00:01Z" })
	void anUnusableRetryAfterFallsBackToTheBackoff(String retryAfter) {
		assertThat(this.policy.parseRetryAfter(retryAfter)).isNull();
		assertThat(this.policy.afterAnswer(CallKind.READ, 503, retryAfter, 1)).isBetween(Duration.ofMillis(100),
				Duration.ofMillis(200));
	}

	@Test
	void backoffDoublesWithJitterUpToMaxBackoff() {
		RetryPolicy patient = new RetryPolicy(new RetrySettings(10, Duration.ofMillis(100), Duration.ofMillis(500)),
				this.clock);
		for (int round = 0; round < 50; round++) {
			assertThat(patient.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
			assertThat(patient.backoff(2)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
			assertThat(patient.backoff(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
			assertThat(patient.backoff(4)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
			assertThat(patient.backoff(40)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
		}
	}

	@Test
	void zeroBackoffIsNoWait() {
		RetryPolicy eager = new RetryPolicy(new RetrySettings(3, Duration.ZERO, Duration.ZERO), this.clock);
		assertThat(eager.afterFailure(refused(), 1)).isEqualTo(Duration.ZERO);
	}

	private static ResourceAccessException refused() {
		return failed(new ConnectException("Connection refused"));
	}

	private static ResourceAccessException failed(IOException cause) {
		return new ResourceAccessException("I/O error on GET request", cause);
	}

}
