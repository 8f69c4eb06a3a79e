package dev.authyspring.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.authyspring.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests of {@link Approvals}: a request's life from pending to approved, denied or
 * expired, once, with a clock the tests move.
 */
class ApprovalsTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

	Approvals approvals = new Approvals(this.clock, new RandomCodes());

	User user = new User(1001, 1, "2015550123", new byte[20], 2_000_001, this.clock.instant());

	ApprovalRequest.Content content = new ApprovalRequest.Content("Login", Map.of("Username", "jdoe"), null, null);

	@Test
	void createsPendingRequestsWithTheUsersEmail() {
		this.user.addEmail("a@example.com");
		ApprovalRequest request = this.approvals.create(this.user, this.content, 60);
		assertThat(request.status()).isEqualTo(ApprovalStatus.PENDING);
		assertThat(request.userEmail()).isEqualTo("a@example.com");
		assertThat(request.id()).matches("[0-9a-f]{24}");
		assertThat(request.expiresAt()).isEqualTo(this.clock.instant().plusSeconds(60));
		assertThat(request.processedAt()).isNull();
		assertThat(request.updatedAt()).isEqualTo(request.createdAt());
		assertThat(this.approvals.find(request.uuid())).isEqualTo(request);
		assertThat(this.approvals.find("nope")).isNull();
	}

	@Test
	void expiresWhenItsTimeIsUpAndStaysExpired() {
		ApprovalRequest request = this.approvals.create(this.user, this.content, 60);
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.approvals.find(request.uuid()).status()).isEqualTo(ApprovalStatus.PENDING);
		this.clock.advance(Duration.ofSeconds(1));
		ApprovalRequest expired = this.approvals.find(request.uuid());
		assertThat(expired.status()).isEqualTo(ApprovalStatus.EXPIRED);
		assertThat(expired.processedAt()).isEqualTo(request.expiresAt());
		assertThat(this.approvals.list()).extracting(Approval::status).containsExactly("expired");
		assertThatIllegalStateException().isThrownBy(() -> this.approvals.decide(request.uuid(), true))
			.withMessage("Approval request " + request.uuid() + " is expired, not pending");
	}

	@Test
	void requestWithoutLifetimeNeverExpires() {
		ApprovalRequest request = this.approvals.create(this.user, this.content, 0);
		assertThat(request.expiresAt()).isNull();
		this.clock.advance(Duration.ofDays(365));
		assertThat(this.approvals.find(request.uuid()).status()).isEqualTo(ApprovalStatus.PENDING);
	}

	@Test
	void decidesOnceAndRecordsWhen() {
		ApprovalRequest approved = this.approvals.create(this.user, this.content, 60);
		ApprovalRequest denied = this.approvals.create(this.user, this.content, 60);
		this.clock.advance(Duration.ofSeconds(5));
		ApprovalRequest decided = this.approvals.decide(approved.uuid(), true);
		assertThat(decided.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(decided.processedAt()).isEqualTo(this.clock.instant());
		assertThat(decided.updatedAt()).isEqualTo(this.clock.instant());
		assertThat(this.approvals.decide(denied.uuid(), false).status()).isEqualTo(ApprovalStatus.DENIED);
		assertThatIllegalStateException().isThrownBy(() -> this.approvals.decide(approved.uuid(), false))
			.withMessage("Approval request " + approved.uuid() + " is approved, not pending");
		assertThat(this.approvals.find(approved.uuid())).isEqualTo(decided);
		assertThatIllegalArgumentException().isThrownBy(() -> this.approvals.decide("nope", true))
			.withMessage("No approval request nope");
	}

	@Test
	void listsOldestFirstAsThePublicSnapshot() {
		ApprovalRequest first = this.approvals.create(this.user, this.content, 60);
		this.clock.advance(Duration.ofSeconds(1));
		ApprovalRequest second = this.approvals.create(this.user, new ApprovalRequest.Content("Pay", null, null, null),
				0);
		List<Approval> list = this.approvals.list();
		assertThat(list).extracting(Approval::uuid).containsExactly(first.uuid(), second.uuid());
		assertThat(list.get(0)).isEqualTo(new Approval(first.uuid(), 1001, "Login", Map.of("Username", "jdoe"),
				"pending", first.createdAt(), first.expiresAt()));
		assertThat(list.get(1).details()).isEmpty();
		this.approvals.clear();
		assertThat(this.approvals.list()).isEmpty();
	}

	@Test
	void contentIsACopyInTheOrderGiven() {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("b", "2");
		details.put("a", "1");
		List<Map<String, String>> logos = new ArrayList<>(List.of(Map.of("res", "low", "url", "u")));
		ApprovalRequest.Content copied = new ApprovalRequest.Content("Login", details, details, logos);
		details.put("c", "3");
		logos.clear();
		assertThat(copied.details()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
		assertThat(copied.logos()).hasSize(1);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> copied.hiddenDetails().put("x", "y"));
	}

	@Test
	void concurrentDecisionsLetOneWin() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 50; round++) {
				String uuid = this.approvals.create(this.user, this.content, 60).uuid();
				List<Callable<ApprovalStatus>> decisions = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					boolean approve = i % 2 == 0;
					decisions.add(() -> {
						try {
							return this.approvals.decide(uuid, approve).status();
						}
						catch (IllegalStateException ex) {
							return null;
						}
					});
				}
				List<ApprovalStatus> winners = new ArrayList<>();
				for (Future<ApprovalStatus> decision : pool.invokeAll(decisions, 30, TimeUnit.SECONDS)) {
					if (decision.get() != null) {
						winners.add(decision.get());
					}
				}
				assertThat(winners).hasSize(1);
				assertThat(this.approvals.find(uuid).status()).isEqualTo(winners.get(0));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void toStringHidesTheEmailAndWhatThePhoneShows() {
		this.user.addEmail("a@example.com");
		ApprovalRequest request = this.approvals.create(this.user, this.content, 60);
		assertThat(request.toString()).contains(request.uuid(), "PENDING").doesNotContain("a@example.com", "jdoe");
	}

	@Test
	void statusesHaveAuthysNames() {
		assertThat(ApprovalStatus.values()).extracting(ApprovalStatus::wireName)
			.containsExactly("pending", "approved", "denied", "expired");
	}

}
