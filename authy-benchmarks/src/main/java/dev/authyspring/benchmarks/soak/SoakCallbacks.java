package dev.authyspring.benchmarks.soak;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import dev.authyspring.simulator.CallbackResult;

/**
 * The callbacks of the pushes the soak approved: whether the simulator delivered each,
 * and whether the application published an event for each, once.
 */
final class SoakCallbacks {

	private final Map<String, CompletableFuture<CallbackResult>> deliveries = new ConcurrentHashMap<>();

	/**
	 * Records the callback of an approved push.
	 * @param uuid the approval request
	 * @param delivery how the simulator's delivery of its callback ends
	 */
	void approved(String uuid, CompletableFuture<CallbackResult> delivery) {
		this.deliveries.put(uuid, delivery);
	}

	/**
	 * The pushes approved.
	 * @return how many
	 */
	int size() {
		return this.deliveries.size();
	}

	/**
	 * Waits for every delivery, then counts what became of the callbacks.
	 * @param events the events the application published, by approval request uuid
	 * @return the counts
	 */
	Tally tally(Map<String, AtomicInteger> events) throws InterruptedException, ExecutionException, TimeoutException {
		int delivered = 0;
		int undelivered = 0;
		int lost = 0;
		for (Map.Entry<String, CompletableFuture<CallbackResult>> delivery : this.deliveries.entrySet()) {
			CallbackResult result = delivery.getValue().get(1, TimeUnit.MINUTES);
			if (result.successful()) {
				delivered++;
				if (count(events, delivery.getKey()) == 0) {
					lost++;
				}
			}
			else {
				undelivered++;
			}
		}
		int duplicatedEvents = 0;
		for (AtomicInteger count : events.values()) {
			if (count.get() > 1) {
				duplicatedEvents++;
			}
		}
		return new Tally(delivered, undelivered, lost, duplicatedEvents);
	}

	private static int count(Map<String, AtomicInteger> events, String uuid) {
		AtomicInteger count = events.get(uuid);
		return (count != null) ? count.get() : 0;
	}

	/**
	 * What became of the callbacks.
	 *
	 * @param delivered callbacks the application accepted
	 * @param undelivered callbacks that never got a 2xx (Authy would redeliver them)
	 * @param lost accepted callbacks without an event
	 * @param duplicatedEvents approval requests with more than one event
	 */
	record Tally(int delivered, int undelivered, int lost, int duplicatedEvents) {

	}

}
