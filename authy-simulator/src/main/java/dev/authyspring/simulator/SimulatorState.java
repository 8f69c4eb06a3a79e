package dev.authyspring.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything the simulated Authy application knows, each part thread-safe on its own:
 * users, the outbox, tokens, approval requests, phone verifications and statistics, all
 * on one clock.
 */
final class SimulatorState {

	static final String APP_NAME = "Authy Simulator";

	static final int APP_SERIAL_ID = 1;

	static final String APP_ID = "5a17c0de5a17c0de5a17c0de";

	private final Clock clock;

	private final RandomCodes random = new RandomCodes();

	private final Statistics statistics;

	private final Outbox outbox = new Outbox();

	private final Users users;

	private final Tokens tokens;

	private final Approvals approvals;

	private final Verifications verifications;

	SimulatorState(Clock clock, Duration tokenValidity) {
		this.clock = clock;
		this.statistics = new Statistics(clock);
		this.users = new Users(clock, this.random, this.statistics);
		this.tokens = new Tokens(clock, tokenValidity, this.random, this.outbox, this.statistics);
		this.approvals = new Approvals(clock, this.random);
		this.verifications = new Verifications(clock, this.random, this.outbox, this.statistics);
	}

	Clock clock() {
		return this.clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	Users users() {
		return this.users;
	}

	Outbox outbox() {
		return this.outbox;
	}

	Tokens tokens() {
		return this.tokens;
	}

	Approvals approvals() {
		return this.approvals;
	}

	Verifications verifications() {
		return this.verifications;
	}

	Statistics statistics() {
		return this.statistics;
	}

	/**
	 * Approves or denies a pending request, as the user's phone does, and returns the
	 * callback payload the phone's answer makes Authy send.
	 * @throws IllegalArgumentException if there is no such request
	 * @throws IllegalStateException if it is no longer pending
	 */
	Map<String, @Nullable Object> decide(String uuid, boolean approve) {
		ApprovalRequest decided = this.approvals.decide(uuid, approve);
		User user = this.users.find(decided.authyId());
		long deviceId = (user != null) ? user.deviceId() : 0;
		return CallbackPayload.of(decided, deviceId, decided.updatedAt(), this.random.signature());
	}

	/**
	 * Forgets everything but the id sequences.
	 */
	void reset() {
		this.users.clear();
		this.outbox.clear();
		this.approvals.clear();
		this.verifications.clear();
		this.statistics.reset();
	}

}
