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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link InMemoryOneTouchNonceStore}.
 */
class InMemoryOneTouchNonceStoreTests {

	private static final Instant NOW = Instant.ofEpochSecond(1512923419);

	private final MutableClock clock = new MutableClock(NOW);

	@Test
	void claimsKeyOnce() {
		InMemoryOneTouchNonceStore store = new InMemoryOneTouchNonceStore(10, this.clock);
		assertThat(store.claim("a", NOW.plusSeconds(60))).isEqualTo(Claim.CLAIMED);
		assertThat(store.claim("a", NOW.plusSeconds(60))).isEqualTo(Claim.IN_PROGRESS);
		assertThat(store.claim("b", NOW.plusSeconds(60))).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void completedKeyIsProcessed() {
		InMemoryOneTouchNonceStore store = new InMemoryOneTouchNonceStore(10, this.clock);
		assertThat(store.claim("a", NOW.plusSeconds(60))).isEqualTo(Claim.CLAIMED);
		assertThat(store.claim("a", NOW.plusSeconds(60))).isEqualTo(Claim.IN_PROGRESS);
		store.complete("a");
		assertThat(store.claim("a", NOW.plusSeconds(60))).isEqualTo(Claim.PROCESSED);
		store.complete("unknown");
		assertThat(store.claim("unknown", NOW.plusSeconds(60))).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void releasedKeyCanBeClaimedAgain() {
		InMemoryOneTouchNonceStore store = new InMemoryOneTouchNonceStore(10, this.clock);
		assertThat(store.claim("a", NOW.plusSeconds(60))).isEqualTo(Claim.CLAIMED);
		store.release("a");
		assertThat(store.claim("a", NOW.plusSeconds(60))).isEqualTo(Claim.CLAIMED);
		assertThat(store.claim("a", NOW.plusSeconds(60))).isEqualTo(Claim.IN_PROGRESS);
	}

	@Test
	void expiredKeyCanBeClaimedAgain() {
		InMemoryOneTouchNonceStore store = new InMemoryOneTouchNonceStore(10, this.clock);
		assertThat(store.claim("a", NOW.plusSeconds(60))).isEqualTo(Claim.CLAIMED);
		this.clock.set(NOW.plusSeconds(59));
		assertThat(store.claim("a", NOW.plusSeconds(60))).isEqualTo(Claim.IN_PROGRESS);
		this.clock.set(NOW.plusSeconds(60));
		assertThat(store.claim("a", NOW.plusSeconds(120))).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void staysBoundedByEvictingExpiredKeysFirst() {
		InMemoryOneTouchNonceStore store = new InMemoryOneTouchNonceStore(3, this.clock);
		store.claim("old-but-long-lived", Instant.MAX);
		store.claim("expiring", NOW.plusSeconds(10));
		store.claim("recent", Instant.MAX);
		this.clock.set(NOW.plusSeconds(11));
		assertThat(store.claim("new", Instant.MAX)).isEqualTo(Claim.CLAIMED);
		assertThat(store.size()).isEqualTo(3);
		assertThat(store.claim("old-but-long-lived", Instant.MAX)).isEqualTo(Claim.IN_PROGRESS);
		assertThat(store.claim("recent", Instant.MAX)).isEqualTo(Claim.IN_PROGRESS);
	}

	@Test
	void staysBoundedByEvictingOldestKeysWhenNoneExpired() {
		InMemoryOneTouchNonceStore store = new InMemoryOneTouchNonceStore(2, this.clock);
		store.claim("first", Instant.MAX);
		store.claim("second", Instant.MAX);
		store.claim("third", Instant.MAX);
		assertThat(store.size()).isEqualTo(2);
		assertThat(store.claim("second", Instant.MAX)).isEqualTo(Claim.IN_PROGRESS);
		assertThat(store.claim("third", Instant.MAX)).isEqualTo(Claim.IN_PROGRESS);
		assertThat(store.claim("first", Instant.MAX)).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void keyThatExpiresAfterOldestEvictionsIsStillEvictedFirst() {
		InMemoryOneTouchNonceStore store = new InMemoryOneTouchNonceStore(2, this.clock);
		store.claim("a", Instant.MAX);
		store.claim("b", NOW.plusSeconds(10));
		this.clock.set(NOW.plusSeconds(5));
		// Nothing has expired yet: the oldest goes.
		store.claim("c", Instant.MAX);
		this.clock.set(NOW.plusSeconds(11));
		// "b" has expired now and goes before "c".
		store.claim("d", Instant.MAX);
		assertThat(store.size()).isEqualTo(2);
		assertThat(store.claim("c", Instant.MAX)).isEqualTo(Claim.IN_PROGRESS);
		assertThat(store.claim("d", Instant.MAX)).isEqualTo(Claim.IN_PROGRESS);
	}

	@Test
	void clearForgetsEveryKey() {
		InMemoryOneTouchNonceStore store = new InMemoryOneTouchNonceStore(10, this.clock);
		store.claim("a", Instant.MAX);
		store.clear();
		assertThat(store.size()).isZero();
		assertThat(store.claim("a", Instant.MAX)).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void letsExactlyOneOfManyConcurrentClaimsWin() throws Exception {
		InMemoryOneTouchNonceStore store = new InMemoryOneTouchNonceStore();
		int threads = 16;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < 50; round++) {
				String key = "key-" + round;
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Claim>> claims = new ArrayList<>();
				for (int i = 0; i < threads; i++) {
					Callable<Claim> claim = () -> {
						start.await();
						return store.claim(key, Instant.now().plus(Duration.ofMinutes(5)));
					};
					claims.add(executor.submit(claim));
				}
				start.countDown();
				int won = 0;
				for (Future<Claim> claim : claims) {
					won += (claim.get(10, TimeUnit.SECONDS) == Claim.CLAIMED) ? 1 : 0;
				}
				assertThat(won).as(key).isOne();
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void rejectsNonPositiveCapacity() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryOneTouchNonceStore(0, this.clock));
	}

}
