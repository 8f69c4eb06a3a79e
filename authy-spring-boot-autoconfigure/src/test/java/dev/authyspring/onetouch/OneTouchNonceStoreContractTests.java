package dev.authyspring.onetouch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.authyspring.core.testing.MutableClock;
import dev.authyspring.onetouch.OneTouchNonceStore.Claim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link OneTouchNonceStore} must do, run against each store: exactly one
 * claim wins, a processed callback stays a duplicate until it expires, a released one can
 * be claimed again. Keys are unique per test, so stores may be shared.
 */
abstract class OneTouchNonceStoreContractTests {

	protected final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));

	private OneTouchNonceStore store;

	private String key;

	protected abstract OneTouchNonceStore createStore();

	@BeforeEach
	void createTheStore() {
		this.store = createStore();
		this.key = "nonce-" + System.nanoTime() + ":signature";
	}

	@AfterEach
	void closeTheStore() throws Exception {
		if (this.store instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	private Instant inFiveMinutes() {
		return this.clock.instant().plus(Duration.ofMinutes(5));
	}

	@Test
	void firstClaimWinsAndLaterOnesSeeItInProgress() {
		assertThat(this.store.claim(this.key, inFiveMinutes())).isEqualTo(Claim.CLAIMED);
		assertThat(this.store.claim(this.key, inFiveMinutes())).isEqualTo(Claim.IN_PROGRESS);
	}

	@Test
	void completedClaimIsADuplicate() {
		this.store.claim(this.key, inFiveMinutes());
		this.store.complete(this.key);
		assertThat(this.store.claim(this.key, inFiveMinutes())).isEqualTo(Claim.PROCESSED);
		assertThat(this.store.claim(this.key, inFiveMinutes())).isEqualTo(Claim.PROCESSED);
	}

	@Test
	void releasedClaimCanBeClaimedAgain() {
		this.store.claim(this.key, inFiveMinutes());
		this.store.release(this.key);
		assertThat(this.store.claim(this.key, inFiveMinutes())).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void releaseLeavesAProcessedCallbackProcessed() {
		this.store.claim(this.key, inFiveMinutes());
		this.store.complete(this.key);
		this.store.release(this.key);
		assertThat(this.store.claim(this.key, inFiveMinutes())).isEqualTo(Claim.PROCESSED);
	}

	@Test
	void keysAreIndependent() {
		assertThat(this.store.claim(this.key, inFiveMinutes())).isEqualTo(Claim.CLAIMED);
		assertThat(this.store.claim(this.key + "-other", inFiveMinutes())).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void keyThatNeverExpiresIsKept() {
		this.store.claim(this.key, Instant.MAX);
		this.store.complete(this.key);
		assertThat(this.store.claim(this.key, Instant.MAX)).isEqualTo(Claim.PROCESSED);
	}

	@Test
	void exactlyOneOfManyConcurrentClaimsWins() throws Exception {
		int threads = 16;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Claim>> claims = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				Callable<Claim> claim = () -> {
					start.await();
					return this.store.claim(this.key, inFiveMinutes());
				};
				claims.add(executor.submit(claim));
			}
			start.countDown();
			List<Claim> results = new ArrayList<>();
			for (Future<Claim> claim : claims) {
				results.add(claim.get(30, TimeUnit.SECONDS));
			}
			assertThat(results).filteredOn((result) -> result == Claim.CLAIMED).hasSize(1);
			assertThat(results).filteredOn((result) -> result == Claim.IN_PROGRESS).hasSize(threads - 1);
		}
		finally {
			executor.shutdownNow();
		}
	}

}
