package dev.authyspring.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests set or move forward, shared by the starter's, the simulator's and
 * the sample's tests (through this module's test jar).
 */
public final class MutableClock extends Clock {

	private volatile Instant instant;

	/**
	 * Creates a clock.
	 * @param instant the initial instant
	 */
	public MutableClock(Instant instant) {
		this.instant = instant;
	}

	/**
	 * Moves the clock.
	 * @param instant the new instant
	 */
	public void set(Instant instant) {
		this.instant = instant;
	}

	/**
	 * Moves the clock forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.instant = this.instant.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.instant;
	}

}
