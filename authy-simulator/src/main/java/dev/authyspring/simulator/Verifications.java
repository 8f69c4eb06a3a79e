package dev.authyspring.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Phone verifications, one per phone, also found by uuid. Each is replaced atomically in
 * its map entry, so a code is accepted once.
 */
final class Verifications {

	static final Duration VALIDITY = Duration.ofMinutes(10);

	private final Clock clock;

	private final RandomCodes random;

	private final Outbox outbox;

	private final Statistics statistics;

	private final Map<String, Verification> byPhone = new ConcurrentHashMap<>();

	private final Map<String, String> phoneByUuid = new ConcurrentHashMap<>();

	Verifications(Clock clock, RandomCodes random, Outbox outbox, Statistics statistics) {
		this.clock = clock;
		this.random = random;
		this.outbox = outbox;
		this.statistics = statistics;
	}

	/**
	 * Sends a code to a phone: a new one, or the pending one again, as Authy does for
	 * repeated starts within the validity.
	 */
	Started start(int countryCode, String digits, Channel via, @Nullable String locale, int codeLength) {
		Instant now = this.clock.instant();
		String key = phoneKey(countryCode, digits);
		Verification verification = this.byPhone.compute(key, (k, existing) -> {
			if (existing != null) {
				if (existing.pendingAt(now)) {
					return existing;
				}
				this.phoneByUuid.remove(existing.uuid(), key);
			}
			Verification created = new Verification(UUID.randomUUID().toString(), this.random.digits(codeLength),
					now.plus(VALIDITY), VerificationState.PENDING);
			this.phoneByUuid.put(created.uuid(), key);
			return created;
		});
		this.statistics.count(Statistics.Counter.deliveries(via));
		this.outbox.deliver(null, countryCode, digits, via, Outbox.Kind.VERIFICATION, verification.code(), now,
				verification.expiresAt(), locale);
		return new Started(verification.uuid(), remainingSeconds(verification.expiresAt(), now));
	}

	Check check(int countryCode, String digits, String code) {
		Instant now = this.clock.instant();
		Check[] result = { Check.NOT_FOUND };
		this.byPhone.computeIfPresent(phoneKey(countryCode, digits), (key, verification) -> {
			if (!verification.pendingAt(now)) {
				return verification;
			}
			if (!verification.code().equals(code)) {
				result[0] = Check.INCORRECT;
				return verification;
			}
			result[0] = Check.CORRECT;
			return verification.withState(VerificationState.VERIFIED);
		});
		if (result[0] == Check.CORRECT) {
			this.statistics.count(Statistics.Counter.AUTHS);
		}
		return result[0];
	}

	/**
	 * The status of the verification with a uuid, or {@code null} if there is none.
	 */
	@Nullable Status status(String uuid) {
		String key = this.phoneByUuid.get(uuid);
		return (key != null) ? status(this.byPhone.get(key)) : null;
	}

	/**
	 * The status of the verification of a phone, or {@code null} if there is none.
	 */
	@Nullable Status status(int countryCode, String digits) {
		return status(this.byPhone.get(phoneKey(countryCode, digits)));
	}

	private @Nullable Status status(@Nullable Verification verification) {
		if (verification == null) {
			return null;
		}
		Instant now = this.clock.instant();
		return new Status(verification.stateAt(now), remainingSeconds(verification.expiresAt(), now));
	}

	void clear() {
		this.byPhone.clear();
		this.phoneByUuid.clear();
	}

	private static String phoneKey(int countryCode, String digits) {
		return countryCode + ":" + digits;
	}

	private static long remainingSeconds(Instant expiresAt, Instant now) {
		// Authy reports 599 for a fresh ten-minute code: the seconds left, rounded down.
		long millis = Duration.between(now, expiresAt).toMillis();
		return Math.max(0, (millis - 1) / 1000);
	}

	/**
	 * What checking a code found.
	 */
	enum Check {

		/** The code was right; the verification is done. */
		CORRECT,

		/** The code was wrong; the verification stays pending. */
		INCORRECT,

		/** No pending verification for the phone. */
		NOT_FOUND

	}

	/**
	 * A started verification.
	 */
	record Started(String uuid, long secondsToExpire) {
	}

	/**
	 * A verification as reported now.
	 */
	record Status(VerificationState state, long secondsToExpire) {
	}

	/**
	 * A verification at one point of its life; a change makes a new one.
	 */
	private record Verification(String uuid, String code, Instant expiresAt, VerificationState state) {

		boolean pendingAt(Instant now) {
			return this.state == VerificationState.PENDING && now.isBefore(this.expiresAt);
		}

		VerificationState stateAt(Instant now) {
			return (this.state == VerificationState.PENDING && !now.isBefore(this.expiresAt))
					? VerificationState.EXPIRED : this.state;
		}

		Verification withState(VerificationState state) {
			return new Verification(this.uuid, this.code, this.expiresAt, state);
		}

		@Override
		public String toString() {
			return "Verification[uuid=" + this.uuid + ", state=" + this.state + ", code=<hidden>]";
		}

	}

}
