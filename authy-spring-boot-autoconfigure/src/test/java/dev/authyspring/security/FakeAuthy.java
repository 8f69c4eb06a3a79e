package dev.authyspring.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.authyspring.client.AuthyOneTouch;
import dev.authyspring.client.AuthyTokens;
import dev.authyspring.client.AuthyTransportException;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.model.ActivityType;
import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.ApprovalRequestReceipt;
import dev.authyspring.client.model.ApprovalRequestStatus;
import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.client.model.AuthyUser;
import dev.authyspring.client.model.NewUser;
import dev.authyspring.client.model.QrCode;
import dev.authyspring.client.model.QrCodeOptions;
import dev.authyspring.client.model.TokenRequest;
import dev.authyspring.client.model.TokenRequestOptions;
import dev.authyspring.client.model.TokenVerification;
import dev.authyspring.client.model.UserStatus;
import dev.authyspring.client.model.VerifyOptions;
import org.jspecify.annotations.Nullable;

/**
 * The three Authy APIs the second step uses, in memory: codes it "sends" are recorded and
 * accepted once, pushes wait for the test to answer them, and Authy can be made
 * unavailable. Fast unit tests of the step's rules; the sample application's tests run
 * the same flows against {@code authy-simulator}.
 */
final class FakeAuthy implements AuthyUsers, AuthyTokens, AuthyOneTouch {

	final List<String> sent = new CopyOnWriteArrayList<>();

	final List<ApprovalRequest> pushes = new CopyOnWriteArrayList<>();

	final AtomicInteger statusPolls = new AtomicInteger();

	final AtomicInteger verifications = new AtomicInteger();

	private final Map<Long, List<String>> issuedCodes = new ConcurrentHashMap<>();

	private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();

	private final Map<String, ApprovalStatus> statuses = new ConcurrentHashMap<>();

	private final Map<String, Long> pushUsers = new ConcurrentHashMap<>();

	private final AtomicInteger sequence = new AtomicInteger(1_000_000);

	private final AtomicInteger pushSequence = new AtomicInteger();

	private volatile @Nullable String lastPushUuid;

	private volatile boolean unavailable;

	private volatile @Nullable String totp;

	/** Makes every call fail as if Authy could not be reached. */
	void unavailable(boolean unavailable) {
		this.unavailable = unavailable;
	}

	/** Sets the code the user's authenticator app shows. */
	void totp(String code) {
		this.totp = code;
	}

	String lastCode(long authyId) {
		List<String> codes = this.issuedCodes.getOrDefault(authyId, List.of());
		if (codes.isEmpty()) {
			throw new IllegalStateException("no code was sent to " + authyId);
		}
		return codes.get(codes.size() - 1);
	}

	String lastPushUuid() {
		String uuid = this.lastPushUuid;
		if (uuid == null) {
			throw new IllegalStateException("no push was sent");
		}
		return uuid;
	}

	/** Forgets what earlier tests sent; codes stay used, as at Authy. */
	void reset() {
		this.sent.clear();
		this.pushes.clear();
		this.statusPolls.set(0);
		this.lastPushUuid = null;
		this.unavailable = false;
		this.totp = null;
	}

	void answer(String uuid, ApprovalStatus status) {
		this.statuses.put(uuid, status);
	}

	@Override
	public TokenRequest requestSms(long authyId, TokenRequestOptions options) {
		return send("sms", authyId);
	}

	@Override
	public TokenRequest requestCall(long authyId, TokenRequestOptions options) {
		return send("call", authyId);
	}

	private TokenRequest send(String via, long authyId) {
		failIfUnavailable("users.request" + via);
		String code = Integer.toString(this.sequence.incrementAndGet());
		this.issuedCodes.computeIfAbsent(authyId, (id) -> new CopyOnWriteArrayList<>()).add(code);
		this.sent.add(via + ":" + authyId);
		return new TokenRequest(false, "+1-XXX-XXX-XX01", "SMS token was sent", null);
	}

	@Override
	public TokenVerification verify(long authyId, String token, VerifyOptions options) {
		if (!token.chars().allMatch(Character::isDigit) || token.length() < 6 || token.length() > 12) {
			throw new IllegalArgumentException("'token' must be 6 to 12 digits and nothing else");
		}
		failIfUnavailable("tokens.verify");
		this.verifications.incrementAndGet();
		String key = authyId + ":" + token;
		boolean issued = this.issuedCodes.getOrDefault(authyId, List.of()).contains(token) || token.equals(this.totp);
		if (issued && !this.usedCodes.add(key)) {
			return new TokenVerification(false, "Token is invalid. Token was used recently.", "60019");
		}
		return issued ? new TokenVerification(true, "Token is valid.", null)
				: new TokenVerification(false, "Token is invalid", "60020");
	}

	@Override
	public ApprovalRequestReceipt sendRequest(ApprovalRequest request) {
		failIfUnavailable("onetouch.sendRequest");
		this.pushes.add(request);
		String uuid = "uuid-" + this.pushSequence.incrementAndGet();
		this.lastPushUuid = uuid;
		this.statuses.put(uuid, ApprovalStatus.PENDING);
		this.pushUsers.put(uuid, request.authyId());
		return new ApprovalRequestReceipt(uuid);
	}

	@Override
	public ApprovalRequestStatus approvalStatus(String uuid) {
		this.statusPolls.incrementAndGet();
		failIfUnavailable("onetouch.approvalStatus");
		ApprovalStatus status = this.statuses.get(uuid);
		if (status == null) {
			throw new IllegalStateException("unknown push " + uuid);
		}
		return ApprovalRequestStatus.builder(uuid, status)
			.authyId(this.pushUsers.get(uuid))
			.notified(true)
			.secondsToExpire(120L)
			.build();
	}

	private void failIfUnavailable(String operation) {
		if (this.unavailable) {
			throw new AuthyTransportException(operation, "Connection refused", null);
		}
	}

	@Override
	public AuthyUser create(NewUser user) {
		throw new UnsupportedOperationException();
	}

	@Override
	public UserStatus status(long authyId) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void delete(long authyId) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void delete(long authyId, String userIp) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void registerActivity(long authyId, ActivityType type, Map<String, String> data, @Nullable String userIp) {
		throw new UnsupportedOperationException();
	}

	@Override
	public QrCode generateQrCode(long authyId, QrCodeOptions options) {
		throw new UnsupportedOperationException();
	}

	List<String> sentTo(long authyId) {
		List<String> result = new ArrayList<>();
		for (String entry : this.sent) {
			if (entry.endsWith(":" + authyId)) {
				result.add(entry.substring(0, entry.indexOf(':')));
			}
		}
		return result;
	}

}
