package dev.authyspring.simulator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Faults waiting to be applied, per endpoint, each for a number of requests.
 */
final class FaultInjector {

	private final List<Armed> armed = new ArrayList<>();

	private final Map<Fault.Type, Long> applied = new EnumMap<>(Fault.Type.class);

	synchronized void add(Endpoint endpoint, Fault fault, int times) {
		if (times < 1) {
			throw new IllegalArgumentException("A fault must apply to at least one request");
		}
		boolean callbackFault = fault.type() == Fault.Type.LATENCY || fault.type() == Fault.Type.DUPLICATE;
		if (endpoint == Endpoint.CALLBACK && !callbackFault) {
			throw new IllegalArgumentException("Callbacks can only be delayed (latency) or duplicated");
		}
		if (endpoint != Endpoint.CALLBACK && fault.type() == Fault.Type.DUPLICATE) {
			throw new IllegalArgumentException("Only callbacks can be duplicated");
		}
		this.armed.add(new Armed(endpoint, fault, times));
	}

	/**
	 * Takes the fault for the next request to an endpoint, if any, counting it down.
	 */
	synchronized @Nullable Fault take(Endpoint endpoint) {
		for (int i = 0; i < this.armed.size(); i++) {
			Armed candidate = this.armed.get(i);
			if (candidate.endpoint == endpoint
					|| (candidate.endpoint == Endpoint.ANY && endpoint != Endpoint.CALLBACK)) {
				candidate.remaining--;
				if (candidate.remaining == 0) {
					this.armed.remove(i);
				}
				this.applied.merge(candidate.fault.type(), 1L, Long::sum);
				return candidate.fault;
			}
		}
		return null;
	}

	synchronized List<Map<String, Object>> describe() {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Armed entry : this.armed) {
			result.add(Map.of("endpoint", entry.endpoint.key(), "type",
					entry.fault.type().name().toLowerCase(java.util.Locale.ROOT), "remaining", entry.remaining));
		}
		return result;
	}

	synchronized void clear() {
		this.armed.clear();
	}

	/** How many times each kind of fault was applied since the simulator started. */
	synchronized Map<Fault.Type, Long> applied() {
		return new EnumMap<>(this.applied);
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
