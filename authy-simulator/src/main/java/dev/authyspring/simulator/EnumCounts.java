package dev.authyspring.simulator;

import java.util.concurrent.atomic.LongAdder;

/**
 * A count per constant of an enum, which many threads may add to at once.
 *
 * @param <E> the enum
 */
final class EnumCounts<E extends Enum<E>> {

	/**
	 * By {@link Enum#ordinal()}: an array has a counter for every constant, a map only
	 * may.
	 */
	private final LongAdder[] counts;

	/**
	 * Creates counts, all zero.
	 * @param constants every constant of the enum, {@code E.values()}
	 */
	EnumCounts(E[] constants) {
		this.counts = new LongAdder[constants.length];
		for (int i = 0; i < this.counts.length; i++) {
			this.counts[i] = new LongAdder();
		}
	}

	void increment(E constant) {
		this.counts[constant.ordinal()].increment();
	}

	long count(E constant) {
		return this.counts[constant.ordinal()].sum();
	}

	void reset() {
		for (LongAdder count : this.counts) {
			count.reset();
		}
	}

}
