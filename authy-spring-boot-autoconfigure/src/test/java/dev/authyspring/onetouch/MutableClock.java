package dev.authyspring.onetouch;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Clock whose instant a test sets.
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
