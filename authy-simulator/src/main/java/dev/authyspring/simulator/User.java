package dev.authyspring.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A registered user. Emails, tokens and the app change under the user's own lock, which
 * only this class takes: every method is one consistent step, and {@link #snapshot()}
 * hands out what it knows as a whole.
 */
final class User {

	/** Digits of SMS, voice and app tokens. */
	static final int TOKEN_DIGITS = 7;

	private final long id;

	private final int countryCode;

	private final String digits;

	private final byte[] totpSecret;

	private final long deviceId;

	private final Instant createdAt;

	private final Set<String> emails = new LinkedHashSet<>();

	private final List<IssuedToken> tokens = new ArrayList<>();

	private final Map<String, Instant> usedTokens = new HashMap<>();

	private boolean registered;

	private boolean appInstalled;

	User(long id, int countryCode, String digits, byte[] totpSecret, long deviceId, Instant createdAt) {
		this.id = id;
		this.countryCode = countryCode;
		this.digits = digits;
		this.totpSecret = totpSecret;
		this.deviceId = deviceId;
		this.createdAt = createdAt;
	}

	long id() {
		return this.id;
	}

	int countryCode() {
		return this.countryCode;
	}

	String digits() {
		return this.digits;
	}

	long deviceId() {
		return this.deviceId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	synchronized void addEmail(String email) {
		this.emails.add(email);
	}

	/**
	 * The first email registered, or an empty text.
	 */
	synchronized String email() {
		return this.emails.isEmpty() ? "" : this.emails.iterator().next();
	}

	synchronized boolean appInstalled() {
		return this.appInstalled;
	}

	/**
	 * Installing the app registers the user, as its first token would.
	 */
	synchronized void installApp() {
		this.appInstalled = true;
		this.registered = true;
	}

	/**
	 * The code the user's app shows at a time.
	 * @throws IllegalStateException if the user has no app
	 */
	synchronized String totp(Instant now) {
		if (!this.appInstalled) {
			throw new IllegalStateException("User " + this.id + " has no Authy app; install it first");
		}
		return Totp.code(this.totpSecret, now, TOKEN_DIGITS);
	}

	synchronized void issue(String code, @Nullable String action, Instant expiresAt) {
		this.tokens.add(new IssuedToken(code, action, expiresAt));
	}

	/**
	 * Checks a token the user typed: an issued SMS or voice token (once, with the same
	 * action) or the app's code of the current, previous or next step. Until the user is
	 * registered, any token passes unless {@code force} is set, as with Authy.
	 */
	synchronized TokenCheck check(String token, boolean force, @Nullable String action, Instant now,
			Duration validity) {
		this.usedTokens.values().removeIf((usedAt) -> usedAt.plus(validity).isBefore(now));
		this.tokens.removeIf((issued) -> !issued.expiresAt().isAfter(now));
		if (!force && !this.registered) {
			return TokenCheck.VALID;
		}
		if (this.usedTokens.containsKey(token)) {
			return TokenCheck.REUSED;
		}
		if (consumeIssued(token, action) || matchesTotp(token, now)) {
			this.usedTokens.put(token, now);
			this.registered = true;
			return TokenCheck.VALID;
		}
		return TokenCheck.INVALID;
	}

	private boolean consumeIssued(String token, @Nullable String action) {
		for (Iterator<IssuedToken> it = this.tokens.iterator(); it.hasNext();) {
			IssuedToken issued = it.next();
			if (issued.code().equals(token) && Objects.equals(issued.action(), action)) {
				it.remove();
				return true;
			}
		}
		return false;
	}

	private boolean matchesTotp(String token, Instant now) {
		if (!this.appInstalled) {
			return false;
		}
		long step = Math.floorDiv(now.getEpochSecond(), Totp.STEP_SECONDS);
		for (long drift = -1; drift <= 1; drift++) {
			if (Totp.code(this.totpSecret, step + drift, TOKEN_DIGITS).equals(token)) {
				return true;
			}
		}
		return false;
	}

	synchronized Snapshot snapshot() {
		return new Snapshot(this.id, this.countryCode, this.digits, List.copyOf(this.emails), this.registered,
				this.appInstalled, this.deviceId, this.createdAt);
	}

	/**
	 * What a token check found.
	 */
	enum TokenCheck {

		/** Accepted. */
		VALID,

		/** Neither issued nor the app's code. */
		INVALID,

		/** Accepted recently, so refused now. */
		REUSED

	}

	/**
	 * A user as one moment saw it.
	 *
	 * @param id the Authy id
	 * @param countryCode the country calling code
	 * @param digits the national number
	 * @param emails the emails, first registered first
	 * @param registered whether a token was accepted or the app installed
	 * @param appInstalled whether the user has the Authy app
	 * @param deviceId the id of the user's app
	 * @param createdAt when the user was registered
	 */
	record Snapshot(long id, int countryCode, String digits, List<String> emails, boolean registered,
			boolean appInstalled, long deviceId, Instant createdAt) {

		@Nullable String firstEmail() {
			return this.emails.isEmpty() ? null : this.emails.get(0);
		}

		@Override
		public String toString() {
			return "User.Snapshot[id=" + this.id + ", phone=" + PhoneNumbers.forLog(this.digits) + ", emails=<hidden>"
					+ ", registered=" + this.registered + ", appInstalled=" + this.appInstalled + "]";
		}

	}

	private record IssuedToken(String code, @Nullable String action, Instant expiresAt) {
	}

}
