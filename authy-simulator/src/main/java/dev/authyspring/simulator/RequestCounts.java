package dev.authyspring.simulator;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests each endpoint received, faulted or not: the record that shows whether a
 * client sent a request twice.
 */
final class RequestCounts {

	private final Map<Endpoint, LongAdder> counts = new EnumMap<>(Endpoint.class);

	RequestCounts() {
		for (Endpoint endpoint : Endpoint.values()) {
			this.counts.put(endpoint, new LongAdder());
		}
	}

	void received(Endpoint endpoint) {
		this.counts.get(endpoint).increment();
	}

	long count(Endpoint endpoint) {
		return this.counts.get(endpoint).sum();
	}

	void reset() {
		this.counts.values().forEach(LongAdder::reset);
	}

}
