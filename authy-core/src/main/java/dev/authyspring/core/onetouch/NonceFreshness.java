package dev.authyspring.core.onetouch;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether the nonce of a verified callback, a Unix time in seconds with an
 * optional fraction, is recent enough to be accepted, which bounds how long a captured
 * callback can be replayed and how long its replay key must be remembered.
 *
 * <p>
 * Check a nonce only after its signature has been verified: before that it is just text
 * anyone can send.
 */
public final class NonceFreshness {

	private static final Pattern UNIX_TIME = Pattern.compile("([0-9]{1,12})(?:\\.([0-9]{1,9}))?");

	private final Duration maxAge;

	private final Duration maxClockSkew;

	private final Clock clock;

	/**
	 * Creates a freshness check.
	 * @param maxAge oldest nonce accepted; {@link Duration#ZERO} turns the age check off
	 * @param maxClockSkew how far in the future a nonce may lie
	 * @param clock the clock to compare with
	 */
	public NonceFreshness(Duration maxAge, Duration maxClockSkew, Clock clock) {
		if (maxAge.isNegative()) {
			throw new IllegalArgumentException("'maxAge' must not be negative");
		}
		if (maxClockSkew.isNegative()) {
			throw new IllegalArgumentException("'maxClockSkew' must not be negative");
		}
		this.maxAge = maxAge;
		this.maxClockSkew = maxClockSkew;
		this.clock = clock;
	}

	/**
	 * Checks the time of a verified nonce.
	 * @param nonceTime the time the nonce gives ({@link SignedCallback#nonceTime()})
	 * @return whether it is fresh, too old or too far in the future
	 */
	public Result check(Instant nonceTime) {
		Instant now = this.clock.instant();
		if (nonceTime.isAfter(now.plus(this.maxClockSkew))) {
			return Result.FUTURE;
		}
		if (!this.maxAge.isZero() && nonceTime.isBefore(now.minus(this.maxAge))) {
			return Result.STALE;
		}
		return Result.FRESH;
	}

	/**
	 * Returns until when a callback with this nonce must be remembered to recognise a
	 * replay: after that the age check rejects it anyway. With the age check off,
	 * forever.
	 * @param nonceTime the time of a nonce that {@link #check(Instant) passed} the check
	 * @return the instant after which the replay key may be forgotten
	 */
	public Instant rememberUntil(Instant nonceTime) {
		if (this.maxAge.isZero()) {
			return Instant.MAX;
		}
		try {
			return nonceTime.plus(this.maxAge);
		}
		catch (DateTimeException | ArithmeticException ex) {
			return Instant.MAX;
		}
	}

	/**
	 * Parses a nonce as a Unix time in seconds, once per callback, when its signature is
	 * verified.
	 * @param nonce the nonce, for example {@code 1512923419} or {@code 1427849783.886085}
	 * @return the instant, or {@code null} if the nonce is not a plausible Unix time
	 */
	static @Nullable Instant parse(String nonce) {
		Matcher matcher = UNIX_TIME.matcher(nonce);
		if (!matcher.matches()) {
			return null;
		}
		long seconds = Long.parseLong(matcher.group(1));
		String fraction = matcher.group(2);
		long nanos = (fraction != null) ? Long.parseLong((fraction + "00000000").substring(0, 9)) : 0;
		return Instant.ofEpochSecond(seconds, nanos);
	}

	/**
	 * Outcome of a freshness check.
	 */
	public enum Result {

		/** Within the accepted window. */
		FRESH,

		/** Older than the maximum age. */
		STALE,

		/** Further in the future than the allowed clock skew. */
		FUTURE

	}

}
