package dev.authyspring.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

/**
 * Everything the simulated Authy application knows: users, delivered codes, approval
 * requests, phone verifications and monthly statistics. Thread-safe: maps are concurrent
 * and each user, approval request and verification is changed under its own lock.
 */
final class SimulatorState {

	static final int TOKEN_DIGITS = 7;

	static final Duration VERIFICATION_VALIDITY = Duration.ofMinutes(10);

	static final long DEFAULT_APPROVAL_SECONDS = 86_400;

	static final String APP_NAME = "Authy Simulator";

	static final int APP_SERIAL_ID = 1;

	static final String APP_ID = "5a17c0de5a17c0de5a17c0de";

	private static final int OUTBOX_LIMIT = 10_000;

	private final Clock clock;

	private final Duration tokenValidity;

	private final SecureRandom random = new SecureRandom();

	private final AtomicLong userIds = new AtomicLong(1000);

	private final AtomicLong deviceIds = new AtomicLong(2_000_000);

	private final AtomicLong messageIds = new AtomicLong();

	private final Map<Long, User> users = new ConcurrentHashMap<>();

	private final Map<String, Long> phones = new ConcurrentHashMap<>();

	private final ConcurrentLinkedDeque<Message> outbox = new ConcurrentLinkedDeque<>();

	private final Map<String, ApprovalRequest> approvals = new ConcurrentHashMap<>();

	private final Map<String, Verification> verifications = new ConcurrentHashMap<>();

	private final Map<String, String> verificationsByUuid = new ConcurrentHashMap<>();

	private final Map<YearMonth, Counters> stats = new ConcurrentSkipListMap<>();

	private volatile YearMonth firstMonth;

	SimulatorState(Clock clock, Duration tokenValidity) {
		this.clock = clock;
		this.tokenValidity = tokenValidity;
		this.firstMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC));
	}

	Instant now() {
		return this.clock.instant();
	}

	void reset() {
		this.users.clear();
		this.phones.clear();
		this.outbox.clear();
		this.approvals.clear();
		this.verifications.clear();
		this.verificationsByUuid.clear();
		this.stats.clear();
		this.firstMonth = YearMonth.now(this.clock.withZone(ZoneOffset.UTC));
	}

	// Users

	/**
	 * Registers a user, or finds the one already registered with the same phone.
	 */
	User register(int countryCode, String digits, String email) {
		String key = countryCode + ":" + digits;
		while (true) {
			boolean[] created = { false };
			Long id = this.phones.computeIfAbsent(key, (k) -> {
				User user = new User(this.userIds.incrementAndGet(), countryCode, digits, newSecret(),
						this.deviceIds.incrementAndGet(), now());
				this.users.put(user.id, user);
				created[0] = true;
				return user.id;
			});
			User user = this.users.get(id);
			if (user != null) {
				synchronized (user) {
					user.emails.add(email);
				}
				if (created[0]) {
					count(Counter.USERS);
				}
				return user;
			}
			// Deleted between the two look-ups: register afresh.
			this.phones.remove(key, id);
		}
	}

	@Nullable User user(long id) {
		return this.users.get(id);
	}

	List<User> users() {
		List<User> result = new ArrayList<>(this.users.values());
		result.sort((a, b) -> Long.compare(a.id, b.id));
		return result;
	}

	boolean delete(long id) {
		User user = this.users.remove(id);
		if (user == null) {
			return false;
		}
		this.phones.remove(user.countryCode + ":" + user.digits, id);
		return true;
	}

	void installApp(long id) {
		User user = requireUser(id);
		synchronized (user) {
			user.appInstalled = true;
			user.registered = true;
		}
	}

	String totp(long id) {
		User user = requireUser(id);
		synchronized (user) {
			if (!user.appInstalled) {
				throw new IllegalStateException("User " + id + " has no Authy app; install it first");
			}
		}
		return Totp.code(user.totpSecret, now(), TOKEN_DIGITS);
	}

	private User requireUser(long id) {
		User user = this.users.get(id);
		if (user == null) {
			throw new IllegalArgumentException("No user with Authy id " + id);
		}
		return user;
	}

	// Tokens

	Message sendToken(User user, String via, @Nullable String action, @Nullable String locale) {
		Instant now = now();
		String code = randomDigits(TOKEN_DIGITS);
		Instant expiresAt = now.plus(this.tokenValidity);
		synchronized (user) {
			user.tokens.add(new IssuedToken(code, action, expiresAt));
		}
		count("call".equals(via) ? Counter.CALLS : Counter.SMS);
		return deliver(user.id, user.countryCode, user.digits, via, "token", code, now, expiresAt, locale);
	}

	TokenCheck verifyToken(User user, String token, boolean force, @Nullable String action) {
		Instant now = now();
		TokenCheck result;
		synchronized (user) {
			user.usedTokens.values().removeIf((usedAt) -> usedAt.plus(this.tokenValidity).isBefore(now));
			user.tokens.removeIf((issued) -> !issued.expiresAt.isAfter(now));
			if (!force && !user.registered) {
				result = TokenCheck.VALID;
			}
			else if (user.usedTokens.containsKey(token)) {
				result = TokenCheck.REUSED;
			}
			else if (consumeIssued(user, token, action) || matchesTotp(user, token, now)) {
				user.usedTokens.put(token, now);
				user.registered = true;
				result = TokenCheck.VALID;
			}
			else {
				result = TokenCheck.INVALID;
			}
		}
		if (result == TokenCheck.VALID) {
			count(Counter.AUTHS);
		}
		return result;
	}

	private static boolean consumeIssued(User user, String token, @Nullable String action) {
		for (Iterator<IssuedToken> it = user.tokens.iterator(); it.hasNext();) {
			IssuedToken issued = it.next();
			if (issued.code.equals(token) && java.util.Objects.equals(issued.action, action)) {
				it.remove();
				return true;
			}
		}
		return false;
	}

	private static boolean matchesTotp(User user, String token, Instant now) {
		if (!user.appInstalled) {
			return false;
		}
		long step = Math.floorDiv(now.getEpochSecond(), Totp.STEP_SECONDS);
		for (long drift = -1; drift <= 1; drift++) {
			if (Totp.code(user.totpSecret, step + drift, TOKEN_DIGITS).equals(token)) {
				return true;
			}
		}
		return false;
	}

	// Outbox

	private Message deliver(@Nullable Long authyId, int countryCode, String digits, String via, String kind,
			String code, Instant sentAt, Instant expiresAt, @Nullable String locale) {
		Message message = new Message(this.messageIds.incrementAndGet(), authyId, countryCode, digits, via, kind, code,
				sentAt, expiresAt, locale);
		this.outbox.addLast(message);
		while (this.outbox.size() > OUTBOX_LIMIT) {
			this.outbox.pollFirst();
		}
		return message;
	}

	List<Message> messages() {
		List<Message> result = new ArrayList<>(this.outbox);
		result.sort((a, b) -> Long.compare(a.id(), b.id()));
		return result;
	}

	// OneTouch

	String createApproval(User user, String message, @Nullable Map<String, String> details,
			@Nullable Map<String, String> hiddenDetails, @Nullable List<Map<String, String>> logos, long secondsToExpire) {
		Instant now = now();
		ApprovalRequest request = new ApprovalRequest(UUID.randomUUID().toString(), user.id, email(user), message,
				details, hiddenDetails, logos, secondsToExpire, now,
				(secondsToExpire > 0) ? now.plusSeconds(secondsToExpire) : null, randomHex(24));
		this.approvals.put(request.uuid, request);
		return request.uuid;
	}

	@Nullable ApprovalRequest approval(String uuid) {
		ApprovalRequest request = this.approvals.get(uuid);
		if (request != null) {
			synchronized (request) {
				request.expireIfDue(now());
			}
		}
		return request;
	}

	List<Approval> approvals() {
		List<Approval> result = new ArrayList<>();
		for (ApprovalRequest request : this.approvals.values()) {
			synchronized (request) {
				request.expireIfDue(now());
				result.add(request.snapshot());
			}
		}
		result.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
		return result;
	}

	/**
	 * Approves or denies a pending request and returns the callback payload.
	 * @throws IllegalArgumentException if there is no such request
	 * @throws IllegalStateException if it is no longer pending
	 */
	Map<String, @Nullable Object> decide(String uuid, boolean approve) {
		ApprovalRequest request = this.approvals.get(uuid);
		if (request == null) {
			throw new IllegalArgumentException("No approval request " + uuid);
		}
		Instant now = now();
		synchronized (request) {
			request.expireIfDue(now);
			if (!"pending".equals(request.status)) {
				throw new IllegalStateException("Approval request " + uuid + " is " + request.status + ", not pending");
			}
			request.status = approve ? "approved" : "denied";
			request.processedAt = now;
			User user = this.users.get(request.authyId);
			long deviceId = (user != null) ? user.deviceId : 0;
			return CallbackPayload.of(request, deviceId, now, randomSignature());
		}
	}

	// Phone verification

	VerificationStart startVerification(int countryCode, String digits, String via, @Nullable String locale,
			int codeLength) {
		Instant now = now();
		String key = countryCode + ":" + digits;
		Verification verification = this.verifications.compute(key, (k, existing) -> {
			if (existing != null) {
				synchronized (existing) {
					if ("pending".equals(existing.status) && now.isBefore(existing.expiresAt)) {
						return existing;
					}
				}
				this.verificationsByUuid.remove(existing.uuid, key);
			}
			Verification created = new Verification(UUID.randomUUID().toString(), countryCode, digits,
					randomDigits(codeLength), now.plus(VERIFICATION_VALIDITY));
			this.verificationsByUuid.put(created.uuid, key);
			return created;
		});
		count("call".equals(via) ? Counter.CALLS : Counter.SMS);
		// Repeated starts within the validity resend the same code, as Authy's do.
		deliver(null, countryCode, digits, via, "verification", verification.code, now, verification.expiresAt,
				locale);
		return new VerificationStart(verification.uuid, remainingSeconds(verification.expiresAt, now));
	}

	VerificationCheck checkVerification(int countryCode, String digits, String code) {
		Verification verification = this.verifications.get(countryCode + ":" + digits);
		if (verification == null) {
			return VerificationCheck.NOT_FOUND;
		}
		Instant now = now();
		synchronized (verification) {
			if (!"pending".equals(verification.status) || !now.isBefore(verification.expiresAt)) {
				return VerificationCheck.NOT_FOUND;
			}
			if (!verification.code.equals(code)) {
				return VerificationCheck.INCORRECT;
			}
			verification.status = "verified";
		}
		count(Counter.AUTHS);
		return VerificationCheck.CORRECT;
	}

	@Nullable VerificationStatus verificationStatus(@Nullable String uuid, int countryCode, @Nullable String digits) {
		String key = (uuid != null) ? this.verificationsByUuid.get(uuid) : countryCode + ":" + digits;
		Verification verification = (key != null) ? this.verifications.get(key) : null;
		if (verification == null) {
			return null;
		}
		Instant now = now();
		synchronized (verification) {
			String status = verification.status;
			if ("pending".equals(status) && !now.isBefore(verification.expiresAt)) {
				status = "expired";
			}
			return new VerificationStatus(status, remainingSeconds(verification.expiresAt, now));
		}
	}

	private static long remainingSeconds(Instant expiresAt, Instant now) {
		// Authy reports 599 for a fresh ten-minute code: the seconds left, rounded down.
		long millis = Duration.between(now, expiresAt).toMillis();
		return Math.max(0, (millis - 1) / 1000);
	}

	// Statistics

	void count(Counter counter) {
		YearMonth month = YearMonth.now(this.clock.withZone(ZoneOffset.UTC));
		this.stats.computeIfAbsent(month, (m) -> new Counters()).get(counter).increment();
	}

	List<Map<String, Object>> monthlyStats() {
		YearMonth current = YearMonth.now(this.clock.withZone(ZoneOffset.UTC));
		YearMonth first = this.firstMonth.isAfter(current) ? current : this.firstMonth;
		List<Map<String, Object>> result = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
			Counters counters = this.stats.getOrDefault(month, new Counters());
			Map<String, Object> entry = Json.object("sms_count", counters.get(Counter.SMS).sum(), "calls_count",
					counters.get(Counter.CALLS).sum(), "users_count", counters.get(Counter.USERS).sum(), "auths_count",
					counters.get(Counter.AUTHS).sum(), "month", month.getMonth().getDisplayName(
							java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
					"api_calls_count", counters.get(Counter.API_CALLS).sum(), "year", month.getYear());
			result.add(entry);
		}
		return result;
	}

	int totalUsers() {
		return this.users.size();
	}

	// Helpers

	static String email(User user) {
		synchronized (user) {
			return user.emails.isEmpty() ? "" : user.emails.iterator().next();
		}
	}

	private String randomDigits(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append((char) ('0' + this.random.nextInt(10)));
		}
		return code.toString();
	}

	private String randomHex(int length) {
		byte[] bytes = new byte[length / 2];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private String randomSignature() {
		byte[] bytes = new byte[256];
		this.random.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	private byte[] newSecret() {
		byte[] secret = new byte[20];
		this.random.nextBytes(secret);
		return secret;
	}

	enum Counter {

		SMS, CALLS, USERS, AUTHS, API_CALLS

	}

	enum TokenCheck {

		VALID, INVALID, REUSED

	}

	enum VerificationCheck {

		CORRECT, INCORRECT, NOT_FOUND

	}

	record VerificationStart(String uuid, long secondsToExpire) {
	}

	record VerificationStatus(String status, long secondsToExpire) {
	}

	private static final class Counters {

		private final Map<Counter, LongAdder> adders = new HashMap<>();

		Counters() {
			for (Counter counter : Counter.values()) {
				this.adders.put(counter, new LongAdder());
			}
		}

		LongAdder get(Counter counter) {
			return this.adders.get(counter);
		}

	}

	/**
	 * A registered user. Mutable fields are guarded by the instance's monitor.
	 */
	static final class User {

		final long id;

		final int countryCode;

		final String digits;

		final byte[] totpSecret;

		final long deviceId;

		final Instant createdAt;

		final Set<String> emails = new LinkedHashSet<>();

		final List<IssuedToken> tokens = new ArrayList<>();

		final Map<String, Instant> usedTokens = new HashMap<>();

		boolean registered;

		boolean appInstalled;

		User(long id, int countryCode, String digits, byte[] totpSecret, long deviceId, Instant createdAt) {
			this.id = id;
			this.countryCode = countryCode;
			this.digits = digits;
			this.totpSecret = totpSecret;
			this.deviceId = deviceId;
			this.createdAt = createdAt;
		}

	}

	record IssuedToken(String code, @Nullable String action, Instant expiresAt) {
	}

	/**
	 * A OneTouch approval request. Mutable fields are guarded by the instance's monitor.
	 */
	static final class ApprovalRequest {

		final String uuid;

		final long authyId;

		final String userEmail;

		final String message;

		final @Nullable Map<String, String> details;

		final @Nullable Map<String, String> hiddenDetails;

		final @Nullable List<Map<String, String>> logos;

		final long secondsToExpire;

		final Instant createdAt;

		final @Nullable Instant expiresAt;

		final String id;

		String status = "pending";

		@Nullable Instant processedAt;

		ApprovalRequest(String uuid, long authyId, String userEmail, String message,
				@Nullable Map<String, String> details, @Nullable Map<String, String> hiddenDetails,
				@Nullable List<Map<String, String>> logos, long secondsToExpire, Instant createdAt,
				@Nullable Instant expiresAt, String id) {
			this.uuid = uuid;
			this.authyId = authyId;
			this.userEmail = userEmail;
			this.message = message;
			this.details = details;
			this.hiddenDetails = hiddenDetails;
			this.logos = logos;
			this.secondsToExpire = secondsToExpire;
			this.createdAt = createdAt;
			this.expiresAt = expiresAt;
			this.id = id;
		}

		void expireIfDue(Instant now) {
			if ("pending".equals(this.status) && this.expiresAt != null && !now.isBefore(this.expiresAt)) {
				this.status = "expired";
				this.processedAt = this.expiresAt;
			}
		}

		Approval snapshot() {
			return new Approval(this.uuid, this.authyId, this.message,
					(this.details != null) ? Collections.unmodifiableMap(this.details) : Map.of(), this.status,
					this.createdAt, this.expiresAt);
		}

	}

	/**
	 * A phone verification. Its status is guarded by the instance's monitor.
	 */
	static final class Verification {

		final String uuid;

		final int countryCode;

		final String digits;

		final String code;

		final Instant expiresAt;

		String status = "pending";

		Verification(String uuid, int countryCode, String digits, String code, Instant expiresAt) {
			this.uuid = uuid;
			this.countryCode = countryCode;
			this.digits = digits;
			this.code = code;
			this.expiresAt = expiresAt;
		}

	}

}
