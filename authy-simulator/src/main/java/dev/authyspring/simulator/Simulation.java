package dev.authyspring.simulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The simulated Authy application with what tests steer it by: its state, the faults
 * waiting, the requests counted and the OneTouch callbacks, without the HTTP server. The
 * in-process API, {@link AuthySimulator}, and the HTTP control API both drive it.
 */
final class Simulation implements AutoCloseable {

	private final SimulatorState state;

	private final FaultInjector faults = new FaultInjector();

	/**
	 * How many requests each endpoint received, faulted or not: the record that shows
	 * whether a client sent a request twice.
	 */
	private final EnumCounts<Endpoint> requests = new EnumCounts<>(Endpoint.values());

	private final OneTouchCallbacks callbacks;

	private final Duration callbackTimeout;

	Simulation(SimulatorOptions options, String apiKey) {
		this.state = new SimulatorState(options.clock(), options.tokenValidity());
		this.callbackTimeout = options.callbackTimeout();
		this.callbacks = new OneTouchCallbacks(apiKey, options.clock(), this.callbackTimeout, this.faults);
		if (options.callbackUrl() != null) {
			this.callbacks.target(options.callbackUrl(), options.callbackMethod());
		}
	}

	SimulatorState state() {
		return this.state;
	}

	FaultInjector faults() {
		return this.faults;
	}

	EnumCounts<Endpoint> requests() {
		return this.requests;
	}

	Duration callbackTimeout() {
		return this.callbackTimeout;
	}

	/**
	 * Registers a user with a national number in any accepted format.
	 * @throws IllegalArgumentException if the number is not valid
	 */
	long registerUser(String email, int countryCode, String cellphone) {
		String digits = PhoneNumbers.national(countryCode, cellphone);
		if (digits == null) {
			throw new IllegalArgumentException("Phone number is invalid");
		}
		return this.state.users().register(countryCode, digits, email).id();
	}

	/**
	 * Gives a user the Authy app.
	 * @throws IllegalArgumentException if there is no such user
	 */
	void installApp(long authyId) {
		this.state.users().get(authyId).installApp();
	}

	/**
	 * The code the user's app shows now.
	 * @throws IllegalArgumentException if there is no such user
	 * @throws IllegalStateException if the user has no app
	 */
	String totp(long authyId) {
		return this.state.users().get(authyId).totp(this.state.now());
	}

	/**
	 * The last verification code sent to a number in any accepted format.
	 * @throws IllegalStateException if no verification code was sent to that number
	 */
	String lastVerificationCode(int countryCode, String phoneNumber) {
		String digits = PhoneNumbers.national(countryCode, phoneNumber);
		return this.state.outbox()
			.lastVerificationTo(countryCode, digits)
			.map(Message::code)
			.orElseThrow(() -> new IllegalStateException("No verification code was sent to that number"));
	}

	List<Approval> pendingApprovals() {
		return this.state.approvals()
			.list()
			.stream()
			.filter((approval) -> ApprovalStatus.PENDING.wireName().equals(approval.status()))
			.toList();
	}

	/**
	 * Approves or denies a pending request and sends the callback.
	 * @throws IllegalArgumentException if there is no such request
	 * @throws IllegalStateException if it is no longer pending
	 */
	CompletableFuture<CallbackResult> decide(String uuid, boolean approve) {
		return this.callbacks.send(this.state.decide(uuid, approve));
	}

	/**
	 * Sends callbacks to a URL from now on.
	 * @throws IllegalArgumentException if the URL is not one an application can check
	 * signatures against
	 */
	void callbackUrl(String url, CallbackMethod method) {
		this.callbacks.target(SimulatorOptions.checkCallbackUrl(url), method);
	}

	void clearCallbackUrl() {
		this.callbacks.clearTarget();
	}

	/**
	 * Forgets everything but the id sequences and the callback URL.
	 */
	void reset() {
		this.state.reset();
		this.faults.clear();
		this.requests.reset();
	}

	@Override
	public void close() {
		this.callbacks.close();
	}

}
