package dev.authyspring.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Faults waiting to be applied, per endpoint, each for a number of requests.
 */
final class FaultInjector {

	private final List<Armed> armed = new ArrayList<>();

	synchronized void add(Endpoint endpoint, Fault fault, int times) {
		if (times < 1) {
			throw new IllegalArgumentException("A fault must apply to at least one request");
		}
		this.armed.add(new Armed(endpoint, fault, times));
	}

	/**
	 * Takes the fault for the next request to an endpoint, if any, counting it down.
	 */
	synchronized @Nullable Fault take(Endpoint endpoint) {
		for (int i = 0; i < this.armed.size(); i++) {
			Armed candidate = this.armed.get(i);
			if (candidate.endpoint == endpoint || candidate.endpoint == Endpoint.ANY) {
				candidate.remaining--;
				if (candidate.remaining == 0) {
					this.armed.remove(i);
				}
				return candidate.fault;
			}
		}
		return null;
	}

	synchronized List<Map<String, Object>> describe() {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Armed entry : this.armed) {
			result.add(Map.of("endpoint", entry.endpoint.key(), "type", entry.fault.type().name().toLowerCase(java.util.Locale.ROOT),
					"remaining", entry.remaining));
		}
		return result;
	}

	synchronized void clear() {
		this.armed.clear();
	}

	private static final class Armed {

		private final Endpoint endpoint;

		private final Fault fault;

		private int remaining;

		Armed(Endpoint endpoint, Fault fault, int remaining) {
			this.endpoint = endpoint;
			this.fault = fault;
			this.remaining = remaining;
		}

	}

}
