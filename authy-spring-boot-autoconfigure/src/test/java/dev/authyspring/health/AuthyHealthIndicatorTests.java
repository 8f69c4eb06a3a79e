package dev.authyspring.health;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.authyspring.client.AuthyApps;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.client.RetrySettings;
import dev.authyspring.client.model.AppDetails;
import dev.authyspring.client.model.AppStats;
import dev.authyspring.core.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthyHealthIndicator}.
 */
class AuthyHealthIndicatorTests {

	private static final String DETAILS_PATH = "/protected/json/app/details";

	private static final String DETAILS = "{\"app\":{\"name\":\"Sandbox App 2\",\"plan\":\"starter\",\"sms_enabled\":false,\"white_label\":false,\"app_id\":3},\"message\":\"Application information.\",\"success\":true}";

	// Started for the class, reset before each test.
	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));

	private AuthyHealthIndicator indicator(Duration readTimeout) {
		AuthyClient client = AuthyClient.builder()
			.apiKey("health-key")
			.baseUrl(wireMock.baseUrl())
			.readTimeout(readTimeout)
			.build()
			.withRetry(RetrySettings.NONE);
		return new AuthyHealthIndicator(client.apps(), Duration.ofSeconds(30), this.clock);
	}

	@Test
	void upWithApplicationName() {
		wireMock.stubFor(get(DETAILS_PATH).willReturn(aResponse().withBody(DETAILS)));
		Health health = indicator(Duration.ofSeconds(5)).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("application", "Sandbox App 2");
	}

	@Test
	void downWithErrorCodeForInvalidKey() {
		wireMock.stubFor(get(DETAILS_PATH).willReturn(aResponse().withStatus(401)
			.withBody(
					"{\"error_code\":\"60001\",\"message\":\"Invalid API key\",\"errors\":{\"message\":\"Invalid API key\"},\"success\":false}")));
		Health health = indicator(Duration.ofSeconds(5)).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("errorCode", "60001")
			.containsEntry("httpStatus", 401)
			.containsEntry("error", "Invalid API key");
		assertThat(health.getDetails().toString()).doesNotContain("health-key");
	}

	@Test
	void downWithErrorCodeForSuspendedAccount() {
		wireMock.stubFor(get(DETAILS_PATH).willReturn(aResponse().withStatus(503)
			.withBody(
					"{\"error_code\":\"60060\",\"message\":\"Your account is suspended\",\"errors\":{\"message\":\"Your account is suspended\"},\"success\":false}")));
		Health health = indicator(Duration.ofSeconds(5)).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("errorCode", "60060");
		wireMock.verify(1, getRequestedFor(urlEqualTo(DETAILS_PATH)));
	}

	@Test
	void downOnTimeoutWithinOneReadTimeout() {
		wireMock.stubFor(get(DETAILS_PATH).willReturn(aResponse().withBody(DETAILS).withFixedDelay(3000)));
		long start = System.nanoTime();
		Health health = indicator(Duration.ofMillis(300)).health();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("error").toString()).contains("read timeout");
	}

	@Test
	void cachesResultForTheTtl() {
		wireMock.stubFor(get(DETAILS_PATH).willReturn(aResponse().withBody(DETAILS)));
		AuthyHealthIndicator indicator = indicator(Duration.ofSeconds(5));
		for (int i = 0; i < 5; i++) {
			assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		}
		wireMock.verify(1, getRequestedFor(urlEqualTo(DETAILS_PATH)));
		this.clock.advance(Duration.ofSeconds(29));
		indicator.health();
		wireMock.verify(1, getRequestedFor(urlEqualTo(DETAILS_PATH)));
		this.clock.advance(Duration.ofSeconds(1));
		indicator.health();
		wireMock.verify(2, getRequestedFor(urlEqualTo(DETAILS_PATH)));
	}

	@Test
	void cachedDownTurnsUpAfterTheTtl() {
		wireMock.stubFor(get(DETAILS_PATH).willReturn(aResponse().withStatus(503).withBody("<html>down</html>")));
		AuthyHealthIndicator indicator = indicator(Duration.ofSeconds(5));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		wireMock.stubFor(get(DETAILS_PATH).willReturn(aResponse().withBody(DETAILS)));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void concurrentProbesShareOneCheckWithoutHoldingAMonitorDuringIt() throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch answer = new CountDownLatch(1);
		AtomicInteger calls = new AtomicInteger();
		AuthyApps apps = new AuthyApps() {

			@Override
			public AppDetails details() {
				calls.incrementAndGet();
				inside.countDown();
				await(answer);
				return AppDetails.builder()
					.appId(3)
					.name("Sandbox App 2")
					.plan("starter")
					.whiteLabel(false)
					.message("Application information.")
					.build();
			}

			@Override
			public AppStats stats() {
				throw new UnsupportedOperationException();
			}

		};
		AuthyHealthIndicator indicator = new AuthyHealthIndicator(apps, Duration.ofSeconds(30), this.clock);
		ExecutorService probes = Executors.newFixedThreadPool(3);
		try {
			AtomicReference<Thread> checking = new AtomicReference<>();
			Future<Health> first = probes.submit(() -> {
				checking.set(Thread.currentThread());
				return indicator.health();
			});
			assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
			Future<Health> second = probes.submit(() -> indicator.health());
			Future<Health> third = probes.submit(() -> indicator.health());
			ThreadInfo info = ManagementFactory.getThreadMXBean()
				.getThreadInfo(new long[] { checking.get().getId() }, true, true)[0];
			assertThat(info.getLockedMonitors()).isEmpty();
			// The pool worker's own lock is the only synchronizer the checking thread
			// holds.
			assertThat(info.getLockedSynchronizers())
				.allSatisfy((lock) -> assertThat(lock.getClassName()).contains("ThreadPoolExecutor$Worker"));
			answer.countDown();
			for (Future<Health> probe : List.of(first, second, third)) {
				assertThat(probe.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(Status.UP);
			}
			assertThat(calls).hasValue(1);
		}
		finally {
			answer.countDown();
			probes.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
