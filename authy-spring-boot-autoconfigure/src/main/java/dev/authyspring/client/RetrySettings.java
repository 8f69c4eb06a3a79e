package dev.authyspring.client;

import java.time.Duration;

/**
 * When and how long to wait before a call that may safely be repeated is retried.
 *
 * @param maxAttempts most attempts per call, the first included; 1 disables retries
 * @param initialBackoff wait before the first retry; doubles, with jitter, per retry
 * @param maxBackoff longest wait, also the longest {@code Retry-After} that is honoured
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

	/** Three attempts, 200 ms doubling up to 2 s. */
	public static final RetrySettings DEFAULTS = new RetrySettings(3, Duration.ofMillis(200), Duration.ofSeconds(2));

	/** A single attempt. */
	public static final RetrySettings NONE = new RetrySettings(1, Duration.ZERO, Duration.ZERO);

	public RetrySettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("'maxAttempts' must be at least 1");
		}
		if (initialBackoff == null || initialBackoff.isNegative() || maxBackoff == null || maxBackoff.isNegative()) {
			throw new IllegalArgumentException("'initialBackoff' and 'maxBackoff' must not be negative");
		}
		if (maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException("'maxBackoff' must not be shorter than 'initialBackoff'");
		}
	}

}
