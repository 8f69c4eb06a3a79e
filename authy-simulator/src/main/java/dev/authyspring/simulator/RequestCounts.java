package dev.authyspring.simulator;

import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests each endpoint received, faulted or not: the record that shows whether
 * a client sent a request twice.
 */
final class RequestCounts {

	/**
	 * By {@link Endpoint#ordinal()}: an array has a counter for every endpoint, a map
	 * only may.
	 */
	private final LongAdder[] counts = new LongAdder[Endpoint.values().length];

	RequestCounts() {
		for (int i = 0; i < this.counts.length; i++) {
			this.counts[i] = new LongAdder();
		}
	}

	void received(Endpoint endpoint) {
		this.counts[endpoint.ordinal()].increment();
	}

	long count(Endpoint endpoint) {
		return this.counts[endpoint.ordinal()].sum();
	}

	void reset() {
		for (LongAdder count : this.counts) {
			count.reset();
		}
	}

}
