package dev.authyspring.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A running Authy API simulator. Start one with {@link #start()} or
 * {@link #start(SimulatorOptions)}, point a client at {@link #baseUrl()} with
 * {@link #apiKey()}, and close it when done.
 *
 * <p>
 * Thread-safe. {@link #toString()} never shows the API key.
 */
public final class AuthySimulator implements AutoCloseable {

	private static final Logger logger = Logger.getLogger(AuthySimulator.class.getName());

	private final String apiKey;

	private final Simulation simulation;

	private final SimulatorServer server;

	private final AtomicBoolean closed = new AtomicBoolean();

	private AuthySimulator(SimulatorOptions options) throws IOException {
		this.apiKey = (options.apiKey() != null) ? options.apiKey() : randomKey();
		this.simulation = new Simulation(options, this.apiKey);
		this.server = SimulatorServer.start(options.host(), options.port(),
				new SimulatorHttpHandler(new AuthyApi(this.simulation.state(), this.apiKey), this.simulation.faults(),
						this.simulation.requests(), new ControlApi(this.simulation)));
	}

	/**
	 * Starts a simulator on a free loopback port with a random API key.
	 * @return the running simulator
	 */
	public static AuthySimulator start() {
		return start(SimulatorOptions.defaults());
	}

	/**
	 * Starts a simulator.
	 * @param options where to listen, the API key, the callback and the clock
	 * @return the running simulator
	 * @throws UncheckedIOException if the port cannot be bound
	 */
	public static AuthySimulator start(SimulatorOptions options) {
		try {
			AuthySimulator simulator = new AuthySimulator(options);
			logger.fine(() -> "Authy simulator listening on " + simulator.baseUrl());
			return simulator;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot start the Authy simulator on " + options.host() + ":" + options.port(), ex);
		}
	}

	/**
	 * The URL to use as the Authy base URL, e.g. {@code http://127.0.0.1:54321}.
	 * @return the base URL, without a trailing slash
	 */
	public String baseUrl() {
		return this.server.baseUrl();
	}

	/**
	 * The port the simulator listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.port();
	}

	/**
	 * The API key clients must send; also the key that signs callbacks.
	 * @return the API key
	 */
	public String apiKey() {
		return this.apiKey;
	}

	/**
	 * Sends OneTouch callbacks to a URL from now on, e.g. once an application knows its
	 * port.
	 * @param url an absolute http(s) URL without query, exactly as the application will
	 * reconstruct it to check the signature
	 * @param method GET or POST
	 */
	public void callbackUrl(String url, CallbackMethod method) {
		this.simulation.callbackUrl(url, method);
	}

	/**
	 * Stops sending OneTouch callbacks.
	 */
	public void clearCallbackUrl() {
		this.simulation.clearCallbackUrl();
	}

	/**
	 * Registers a user directly, as {@code POST /protected/json/users/new} would.
	 * @param email the email
	 * @param countryCode the country calling code
	 * @param cellphone the national number
	 * @return the Authy id (the same for the same phone)
	 */
	public long registerUser(String email, int countryCode, String cellphone) {
		return this.simulation.registerUser(email, countryCode, cellphone);
	}

	/**
	 * Marks a user as having the Authy app: SMS and calls are then ignored unless forced,
	 * the user counts as registered, and {@link #totp(long)} codes are accepted.
	 * @param authyId the user
	 * @throws IllegalArgumentException if there is no such user
	 */
	public void installApp(long authyId) {
		this.simulation.installApp(authyId);
	}

	/**
	 * The code the user's Authy app shows now (RFC 6238, 7 digits, 30-second steps).
	 * @param authyId a user with the app installed
	 * @return the current code
	 * @throws IllegalArgumentException if there is no such user
	 * @throws IllegalStateException if the user has no app
	 */
	public String totp(long authyId) {
		return this.simulation.totp(authyId);
	}

	/**
	 * Everything delivered so far, oldest first.
	 * @return the outbox
	 */
	public List<Message> messages() {
		return this.simulation.state().outbox().messages();
	}

	/**
	 * The last SMS or voice token sent to a user.
	 * @param authyId the user
	 * @return the message, if any
	 */
	public Optional<Message> lastMessage(long authyId) {
		return this.simulation.state().outbox().lastTo(authyId);
	}

	/**
	 * The code of the last SMS or voice token sent to a user.
	 * @param authyId the user
	 * @return the code
	 * @throws IllegalStateException if nothing was sent to that user
	 */
	public String lastCode(long authyId) {
		return lastMessage(authyId).map(Message::code)
			.orElseThrow(() -> new IllegalStateException("No token was sent to user " + authyId));
	}

	/**
	 * The last phone verification code sent to a number.
	 * @param countryCode the country calling code
	 * @param phoneNumber the national number, in any accepted format
	 * @return the code
	 * @throws IllegalStateException if no verification code was sent to that number
	 */
	public String lastVerificationCode(int countryCode, String phoneNumber) {
		return this.simulation.lastVerificationCode(countryCode, phoneNumber);
	}

	/**
	 * All OneTouch approval requests, oldest first.
	 * @return the requests
	 */
	public List<Approval> approvals() {
		return this.simulation.state().approvals().list();
	}

	/**
	 * The OneTouch approval requests still waiting for the user.
	 * @return the pending requests, oldest first
	 */
	public List<Approval> pendingApprovals() {
		return this.simulation.pendingApprovals();
	}

	/**
	 * Approves a pending request, as the user would on the phone, and sends the callback.
	 * @param uuid the approval request uuid
	 * @return completes when the callback was delivered, or failed, or none is configured
	 * @throws IllegalArgumentException if there is no such request
	 * @throws IllegalStateException if it is no longer pending
	 */
	public CompletableFuture<CallbackResult> approve(String uuid) {
		return this.simulation.decide(uuid, true);
	}

	/**
	 * Denies a pending request and sends the callback.
	 * @param uuid the approval request uuid
	 * @return completes when the callback was delivered, or failed, or none is configured
	 * @throws IllegalArgumentException if there is no such request
	 * @throws IllegalStateException if it is no longer pending
	 */
	public CompletableFuture<CallbackResult> deny(String uuid) {
		return this.simulation.decide(uuid, false);
	}

	/**
	 * Returns how many requests an endpoint received since the simulator started or was
	 * {@link #reset()}, faulted ones included: a client that sent a request twice shows
	 * here.
	 * @param endpoint the endpoint
	 * @return the number of requests
	 */
	public long requestsReceived(Endpoint endpoint) {
		return this.simulation.requests().count(endpoint);
	}

	/**
	 * Returns how many times each kind of fault was applied since the simulator started.
	 * @return the counts, by fault type
	 */
	public Map<Fault.Type, Long> faultsApplied() {
		return this.simulation.faults().applied();
	}

	/**
	 * Makes the next request to an endpoint misbehave.
	 * @param endpoint the endpoint, or {@link Endpoint#ANY}
	 * @param fault what goes wrong
	 */
	public void injectFault(Endpoint endpoint, Fault fault) {
		injectFault(endpoint, fault, 1);
	}

	/**
	 * Makes the next requests to an endpoint misbehave.
	 * @param endpoint the endpoint, or {@link Endpoint#ANY}
	 * @param fault what goes wrong
	 * @param times for how many requests
	 */
	public void injectFault(Endpoint endpoint, Fault fault, int times) {
		this.simulation.faults().add(endpoint, fault, times);
	}

	/**
	 * Removes every fault not yet applied.
	 */
	public void clearFaults() {
		this.simulation.faults().clear();
	}

	/**
	 * Forgets users, messages, approval requests, verifications, statistics and faults.
	 * The API key, the callback URL and the id sequence are kept.
	 */
	public void reset() {
		this.simulation.reset();
	}

	/**
	 * Stops listening and stops delivering callbacks.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.server.stop();
		this.simulation.close();
	}

	@Override
	public String toString() {
		return "AuthySimulator[baseUrl=" + baseUrl() + ", apiKey=<hidden>]";
	}

	private static String randomKey() {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
