package dev.authyspring.benchmarks.soak;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import dev.authyspring.simulator.CallbackResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SoakCallbacksTests {

	private static CompletableFuture<CallbackResult> answered(int status) {
		return CompletableFuture.completedFuture(new CallbackResult(true, status, null));
	}

	@Test
	void countsWhatBecameOfEveryApprovedPushsCallback() throws Exception {
		SoakCallbacks callbacks = new SoakCallbacks();
		callbacks.approved("published", answered(200));
		callbacks.approved("lost", answered(204));
		callbacks.approved("refused", answered(500));
		callbacks.approved("cut", CompletableFuture.completedFuture(new CallbackResult(true, -1, "reset")));
		// An event does not make a refused callback delivered; "twice" was published
		// twice.
		Map<String, AtomicInteger> events = Map.of("published", new AtomicInteger(1), "refused", new AtomicInteger(1),
				"twice", new AtomicInteger(2));
		assertThat(callbacks.size()).isEqualTo(4);
		assertThat(callbacks.tally(events)).isEqualTo(new SoakCallbacks.Tally(2, 2, 1, 1));
	}

	@Test
	void noPushesNothingToCount() throws Exception {
		SoakCallbacks callbacks = new SoakCallbacks();
		assertThat(callbacks.size()).isZero();
		assertThat(callbacks.tally(Map.of())).isEqualTo(new SoakCallbacks.Tally(0, 0, 0, 0));
	}

}
