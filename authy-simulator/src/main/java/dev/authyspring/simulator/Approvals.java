package dev.authyspring.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The OneTouch approval requests. Each is replaced atomically in its map entry, so a
 * request expires, is approved or is denied once, whoever asks at the same time.
 */
final class Approvals {

	/** Authy's default lifetime of a request: one day. */
	static final long DEFAULT_SECONDS_TO_EXPIRE = 86_400;

	private final Clock clock;

	private final RandomCodes random;

	private final Map<String, ApprovalRequest> requests = new ConcurrentHashMap<>();

	Approvals(Clock clock, RandomCodes random) {
		this.clock = clock;
		this.random = random;
	}

	/**
	 * Creates a pending request.
	 * @param secondsToExpire its lifetime; {@code 0} for one that never expires
	 */
	ApprovalRequest create(User user, ApprovalRequest.Content content, long secondsToExpire) {
		Instant now = this.clock.instant();
		ApprovalRequest request = new ApprovalRequest(UUID.randomUUID().toString(), this.random.hex(24), user.id(),
				user.email(), content, secondsToExpire, now,
				(secondsToExpire > 0) ? now.plusSeconds(secondsToExpire) : null, ApprovalStatus.PENDING, null);
		this.requests.put(request.uuid(), request);
		return request;
	}

	/**
	 * The request with a uuid, expired first if its time is up.
	 */
	@Nullable ApprovalRequest find(String uuid) {
		Instant now = this.clock.instant();
		return this.requests.computeIfPresent(uuid, (key, request) -> request.expiredIfDue(now));
	}

	/**
	 * Every request, oldest first.
	 */
	List<Approval> list() {
		List<Approval> result = new ArrayList<>();
		for (String uuid : this.requests.keySet()) {
			ApprovalRequest request = find(uuid);
			if (request != null) {
				result.add(request.toApproval());
			}
		}
		result.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
		return result;
	}

	/**
	 * Approves or denies a pending request.
	 * @return the request as decided
	 * @throws IllegalArgumentException if there is no such request
	 * @throws IllegalStateException if it is no longer pending
	 */
	ApprovalRequest decide(String uuid, boolean approve) {
		Instant now = this.clock.instant();
		ApprovalStatus decision = approve ? ApprovalStatus.APPROVED : ApprovalStatus.DENIED;
		ApprovalRequest[] found = new ApprovalRequest[1];
		ApprovalRequest decided = this.requests.computeIfPresent(uuid, (key, request) -> {
			ApprovalRequest current = request.expiredIfDue(now);
			found[0] = current;
			return (current.status() == ApprovalStatus.PENDING) ? current.withStatus(decision, now) : current;
		});
		if (decided == null) {
			throw new IllegalArgumentException("No approval request " + uuid);
		}
		ApprovalStatus before = found[0].status();
		if (before != ApprovalStatus.PENDING) {
			throw new IllegalStateException("Approval request " + uuid + " is " + before.wireName() + ", not pending");
		}
		return decided;
	}

	void clear() {
		this.requests.clear();
	}

}
