package dev.authyspring.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A half-finished login, kept in the HTTP session: for whom, since when, and what the
 * second step has done so far. The push uuid lives only here, so a push answered for one
 * login can never complete another.
 */
final class LoginAttempt implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;

	private final long authyId;

	private final Instant startedAt;

	private int codeAttempts;

	private @Nullable Instant codeSentAt;

	private @Nullable AuthyFactorMethod codeChannel;

	private @Nullable String pushUuid;

	private @Nullable Instant pushSentAt;

	private @Nullable Instant pushPolledAt;

	private PushState pushState = PushState.NONE;

	LoginAttempt(String username, long authyId, Instant startedAt) {
		this.username = username;
		this.authyId = authyId;
		this.startedAt = startedAt;
	}

	boolean belongsTo(String username, long authyId) {
		return this.username.equals(username) && this.authyId == authyId;
	}

	long authyId() {
		return this.authyId;
	}

	boolean isExpired(Instant now, Duration loginTimeout) {
		return !now.isBefore(this.startedAt.plus(loginTimeout));
	}

	/**
	 * Takes one of the allowed code attempts before the code is checked, so that parallel
	 * submissions cannot exceed the limit.
	 */
	boolean reserveCodeAttempt(int maxCodeAttempts) {
		if (this.codeAttempts >= maxCodeAttempts) {
			return false;
		}
		this.codeAttempts++;
		return true;
	}

	/** Gives back an attempt whose code Authy never judged. */
	void refundCodeAttempt() {
		this.codeAttempts = Math.max(0, this.codeAttempts - 1);
	}

	int codeAttemptsLeft(int maxCodeAttempts) {
		return Math.max(0, maxCodeAttempts - this.codeAttempts);
	}

	Duration codeResendWait(Instant now, Duration interval) {
		return wait(this.codeSentAt, now, interval);
	}

	void codeSent(AuthyFactorMethod channel, Instant now) {
		this.codeChannel = channel;
		this.codeSentAt = now;
	}

	/**
	 * The channel of the last code sent, which is how a code entered now most likely
	 * came.
	 */
	AuthyFactorMethod codeMethod() {
		return (this.codeChannel != null) ? this.codeChannel : AuthyFactorMethod.TOTP;
	}

	/** The method the user tried last, for events about the login as a whole. */
	AuthyFactorMethod lastMethod() {
		if (this.pushSentAt != null && (this.codeSentAt == null || this.pushSentAt.isAfter(this.codeSentAt))) {
			return AuthyFactorMethod.PUSH;
		}
		return codeMethod();
	}

	Duration pushResendWait(Instant now, Duration interval) {
		return wait(this.pushSentAt, now, interval);
	}

	void pushSent(String uuid, Instant now) {
		this.pushUuid = uuid;
		this.pushSentAt = now;
		this.pushPolledAt = now;
		this.pushState = PushState.PENDING;
	}

	@Nullable String pushUuid() {
		return this.pushUuid;
	}

	@Nullable Instant pushSentAt() {
		return this.pushSentAt;
	}

	PushState pushState() {
		return this.pushState;
	}

	void pushAnswered(PushState state) {
		this.pushState = state;
	}

	boolean mayPoll(Instant now, Duration pollInterval) {
		return this.pushPolledAt == null || !now.isBefore(this.pushPolledAt.plus(pollInterval));
	}

	void polled(Instant now) {
		this.pushPolledAt = now;
	}

	private static Duration wait(@Nullable Instant last, Instant now, Duration interval) {
		if (last == null) {
			return Duration.ZERO;
		}
		Duration wait = Duration.between(now, last.plus(interval));
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	/**
	 * Where the login's push stands.
	 */
	enum PushState {

		/** No push was sent. */
		NONE,

		/** Sent; not answered yet. */
		PENDING,

		/** Approved; the login may be completed with it once. */
		APPROVED,

		/** Denied by the user. */
		DENIED,

		/** Not answered in time. */
		EXPIRED

	}

}
