package dev.authyspring.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * SMS and voice tokens: sent to the outbox, then checked with what the user typed.
 */
final class Tokens {

	private final Clock clock;

	private final Duration validity;

	private final RandomCodes random;

	private final Outbox outbox;

	private final Statistics statistics;

	Tokens(Clock clock, Duration validity, RandomCodes random, Outbox outbox, Statistics statistics) {
		this.clock = clock;
		this.validity = validity;
		this.random = random;
		this.outbox = outbox;
		this.statistics = statistics;
	}

	Message send(User user, Channel via, @Nullable String action, @Nullable String locale) {
		Instant now = this.clock.instant();
		String code = this.random.digits(User.TOKEN_DIGITS);
		Instant expiresAt = now.plus(this.validity);
		user.issue(code, action, expiresAt);
		this.statistics.count(Statistics.Counter.deliveries(via));
		return this.outbox.deliver(user.id(), user.countryCode(), user.digits(), via, Outbox.Kind.TOKEN, code, now,
				expiresAt, locale);
	}

	User.TokenCheck verify(User user, String token, boolean force, @Nullable String action) {
		User.TokenCheck result = user.check(token, force, action, this.clock.instant(), this.validity);
		if (result == User.TokenCheck.VALID) {
			this.statistics.count(Statistics.Counter.AUTHS);
		}
		return result;
	}

}
