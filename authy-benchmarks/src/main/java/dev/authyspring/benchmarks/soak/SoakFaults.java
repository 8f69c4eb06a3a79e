package dev.authyspring.benchmarks.soak;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import dev.authyspring.simulator.Endpoint;
import dev.authyspring.simulator.Fault;

/**
 * Counts the requests the soak has the application make to Authy and arms a fault for a
 * share of them, and of the callbacks, at the soak's fault rate.
 */
final class SoakFaults {

	private final BiConsumer<Endpoint, Fault> injector;

	private final double rate;

	private final Duration readTimeout;

	private final Map<Endpoint, AtomicLong> requestsMade = new ConcurrentHashMap<>();

	private final Map<SoakFault, AtomicLong> injected = new ConcurrentHashMap<>();

	/**
	 * Creates the faults of a soak.
	 * @param injector arms a fault for the next request to an endpoint, as the simulator
	 * does
	 * @param rate the share of requests and callbacks faulted
	 * @param readTimeout the application's read timeout, which a latency fault exceeds
	 */
	SoakFaults(BiConsumer<Endpoint, Fault> injector, double rate, Duration readTimeout) {
		this.injector = injector;
		this.rate = rate;
		this.readTimeout = readTimeout;
	}

	/**
	 * Counts a request the application is about to make to Authy, faulting it at the
	 * rate. The status poll is not counted: the application makes it only when the
	 * callback is slow.
	 * @param endpoint where the request goes
	 * @param random the login's random choices
	 */
	void request(Endpoint endpoint, SplittableRandom random) {
		if (endpoint != Endpoint.APPROVAL_REQUEST_STATUS) {
			this.requestsMade.computeIfAbsent(endpoint, (key) -> new AtomicLong()).incrementAndGet();
		}
		maybeInject(SoakFault.REQUEST_FAULTS, endpoint, random);
	}

	/**
	 * Faults, at the rate, the callback of the push about to be approved.
	 * @param random the login's random choices
	 */
	void callback(SplittableRandom random) {
		maybeInject(SoakFault.CALLBACK_FAULTS, Endpoint.CALLBACK, random);
	}

	private void maybeInject(List<SoakFault> faults, Endpoint endpoint, SplittableRandom random) {
		if (random.nextDouble() < this.rate) {
			SoakFault fault = faults.get(random.nextInt(faults.size()));
			this.injector.accept(fault.endpoint(endpoint), fault.fault(this.readTimeout));
			this.injected.computeIfAbsent(fault, (key) -> new AtomicLong()).incrementAndGet();
		}
	}

	/**
	 * The requests to an endpoint the application was asked to make.
	 * @param endpoint the endpoint
	 * @return how many
	 */
	long made(Endpoint endpoint) {
		AtomicLong count = this.requestsMade.get(endpoint);
		return (count != null) ? count.get() : 0;
	}

	/**
	 * The faults armed so far, by kind.
	 * @return the counts of the kinds armed at least once
	 */
	Map<SoakFault, Long> injected() {
		Map<SoakFault, Long> injected = new EnumMap<>(SoakFault.class);
		this.injected.forEach((fault, count) -> injected.put(fault, count.get()));
		return injected;
	}

}
