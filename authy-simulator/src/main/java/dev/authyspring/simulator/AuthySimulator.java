package dev.authyspring.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

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

	private static final int WORKER_THREADS = 16;

	private static final int QUEUE_CAPACITY = 512;

	static {
		// A client that stops sending mid-request must not hold a worker forever. Only set
		// if nobody chose a value; the JDK reads it once, when its first server starts.
		if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
			System.setProperty("sun.net.httpserver.maxReqTime", "30");
		}
	}

	private final String apiKey;

	private final Clock clock;

	private final Duration callbackTimeout;

	private final SimulatorState state;

	private final FaultInjector faults = new FaultInjector();

	private final RequestCounts requests = new RequestCounts();

	private final CallbackSender callbacks;

	private final AtomicReference<CallbackSender.@Nullable Target> callbackTarget = new AtomicReference<>();

	private final ThreadPoolExecutor executor;

	private final HttpServer server;

	private final String baseUrl;

	private final AtomicBoolean closed = new AtomicBoolean();

	private AuthySimulator(SimulatorOptions options) throws IOException {
		this.apiKey = (options.apiKey() != null) ? options.apiKey() : randomKey();
		this.clock = options.clock();
		this.callbackTimeout = options.callbackTimeout();
		this.state = new SimulatorState(this.clock, options.tokenValidity());
		this.callbacks = new CallbackSender(this.apiKey, this.clock, this.callbackTimeout);
		if (options.callbackUrl() != null) {
			this.callbackTarget.set(new CallbackSender.Target(options.callbackUrl(), options.callbackMethod()));
		}
		this.executor = new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(QUEUE_CAPACITY), daemonThreads(),
				new ThreadPoolExecutor.CallerRunsPolicy());
		this.executor.allowCoreThreadTimeOut(true);
		AuthyApi api = new AuthyApi(this.state, this.apiKey);
		this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 128);
		this.server.createContext("/", new SimulatorHttpHandler(api, this.faults, this.requests, new ControlApi(this)));
		this.server.setExecutor(this.executor);
		this.server.start();
		this.baseUrl = "http://" + urlHost(this.server.getAddress()) + ":" + this.server.getAddress().getPort();
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
			logger.fine(() -> "Authy simulator listening on " + simulator.baseUrl);
			return simulator;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the Authy simulator on " + options.host() + ":"
					+ options.port(), ex);
		}
	}

	/**
	 * The URL to use as the Authy base URL, e.g. {@code http://127.0.0.1:54321}.
	 * @return the base URL, without a trailing slash
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * The port the simulator listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * The API key clients must send; also the key that signs callbacks.
	 * @return the API key
	 */
	public String apiKey() {
		return this.apiKey;
	}

	/**
	 * Sends OneTouch callbacks to a URL from now on, e.g. once an application knows its port.
	 * @param url an absolute http(s) URL without query, exactly as the application will
	 * reconstruct it to check the signature
	 * @param method GET or POST
	 */
	public void callbackUrl(String url, CallbackMethod method) {
		this.callbackTarget.set(new CallbackSender.Target(SimulatorOptions.checkCallbackUrl(url), method));
	}

	/**
	 * Stops sending OneTouch callbacks.
	 */
	public void clearCallbackUrl() {
		this.callbackTarget.set(null);
	}

	/**
	 * Registers a user directly, as {@code POST /protected/json/users/new} would.
	 * @param email the email
	 * @param countryCode the country calling code
	 * @param cellphone the national number
	 * @return the Authy id (the same for the same phone)
	 */
	public long registerUser(String email, int countryCode, String cellphone) {
		String digits = PhoneNumbers.national(countryCode, cellphone);
		if (digits == null) {
			throw new IllegalArgumentException("Phone number is invalid");
		}
		return this.state.users().register(countryCode, digits, email).id();
	}

	/**
	 * Marks a user as having the Authy app: SMS and calls are then ignored unless forced,
	 * the user counts as registered, and {@link #totp(long)} codes are accepted.
	 * @param authyId the user
	 * @throws IllegalArgumentException if there is no such user
	 */
	public void installApp(long authyId) {
		this.state.users().get(authyId).installApp();
	}

	/**
	 * The code the user's Authy app shows now (RFC 6238, 7 digits, 30-second steps).
	 * @param authyId a user with the app installed
	 * @return the current code
	 * @throws IllegalArgumentException if there is no such user
	 * @throws IllegalStateException if the user has no app
	 */
	public String totp(long authyId) {
		return this.state.users().get(authyId).totp(this.state.now());
	}

	/**
	 * Everything delivered so far, oldest first.
	 * @return the outbox
	 */
	public List<Message> messages() {
		return this.state.outbox().messages();
	}

	/**
	 * The last SMS or voice token sent to a user.
	 * @param authyId the user
	 * @return the message, if any
	 */
	public Optional<Message> lastMessage(long authyId) {
		return this.state.outbox().lastTo(authyId);
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
		String digits = PhoneNumbers.national(countryCode, phoneNumber);
		return this.state.outbox()
			.lastVerificationTo(countryCode, digits)
			.map(Message::code)
			.orElseThrow(() -> new IllegalStateException("No verification code was sent to that number"));
	}

	/**
	 * All OneTouch approval requests, oldest first.
	 * @return the requests
	 */
	public List<Approval> approvals() {
		return this.state.approvals().list();
	}

	/**
	 * The OneTouch approval requests still waiting for the user.
	 * @return the pending requests, oldest first
	 */
	public List<Approval> pendingApprovals() {
		return approvals().stream()
			.filter((approval) -> ApprovalStatus.PENDING.wireName().equals(approval.status()))
			.toList();
	}

	/**
	 * Approves a pending request, as the user would on the phone, and sends the callback.
	 * @param uuid the approval request uuid
	 * @return completes when the callback was delivered, or failed, or none is configured
	 * @throws IllegalArgumentException if there is no such request
	 * @throws IllegalStateException if it is no longer pending
	 */
	public CompletableFuture<CallbackResult> approve(String uuid) {
		return decide(uuid, true);
	}

	/**
	 * Denies a pending request and sends the callback.
	 * @param uuid the approval request uuid
	 * @return completes when the callback was delivered, or failed, or none is configured
	 * @throws IllegalArgumentException if there is no such request
	 * @throws IllegalStateException if it is no longer pending
	 */
	public CompletableFuture<CallbackResult> deny(String uuid) {
		return decide(uuid, false);
	}

	private CompletableFuture<CallbackResult> decide(String uuid, boolean approve) {
		Map<String, @Nullable Object> payload = this.state.decide(uuid, approve);
		CallbackSender.Target target = this.callbackTarget.get();
		Fault fault = this.faults.take(Endpoint.CALLBACK);
		if (fault != null && fault.type() == Fault.Type.DUPLICATE) {
			// As Authy may: the same callback twice; the result is the better of the two.
			CompletableFuture<CallbackResult> first = this.callbacks.send(target, payload);
			CompletableFuture<CallbackResult> second = this.callbacks.send(target, payload);
			return first.thenCombine(second, (a, b) -> a.successful() ? a : b);
		}
		Duration delay = (fault != null && fault.type() == Fault.Type.LATENCY) ? fault.delay() : Duration.ZERO;
		return this.callbacks.send(target, payload, delay);
	}

	/**
	 * Returns how many requests an endpoint received since the simulator started or was
	 * {@link #reset()}, faulted ones included: a client that sent a request twice shows here.
	 * @param endpoint the endpoint
	 * @return the number of requests
	 */
	public long requestsReceived(Endpoint endpoint) {
		return this.requests.count(endpoint);
	}

	/**
	 * Returns how many times each kind of fault was applied since the simulator started.
	 * @return the counts, by fault type
	 */
	public Map<Fault.Type, Long> faultsApplied() {
		return this.faults.applied();
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
		this.faults.add(endpoint, fault, times);
	}

	/**
	 * Removes every fault not yet applied.
	 */
	public void clearFaults() {
		this.faults.clear();
	}

	/**
	 * Forgets users, messages, approval requests, verifications, statistics and faults.
	 * The API key, the callback URL and the id sequence are kept.
	 */
	public void reset() {
		this.state.reset();
		this.faults.clear();
		this.requests.reset();
	}

	/**
	 * Stops listening and stops delivering callbacks.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.server.stop(0);
		this.executor.shutdownNow();
		this.callbacks.close();
	}

	@Override
	public String toString() {
		return "AuthySimulator[baseUrl=" + this.baseUrl + ", apiKey=<hidden>]";
	}

	SimulatorState state() {
		return this.state;
	}

	FaultInjector faults() {
		return this.faults;
	}

	Duration callbackTimeout() {
		return this.callbackTimeout;
	}

	private static String urlHost(InetSocketAddress address) {
		// A wildcard address accepts connections but cannot be connected to everywhere.
		if (address.getAddress().isAnyLocalAddress()) {
			return "127.0.0.1";
		}
		String host = address.getAddress().getHostAddress();
		return host.contains(":") ? "[" + host + "]" : host;
	}

	private static String randomKey() {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static java.util.concurrent.ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, "authy-simulator-http-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
