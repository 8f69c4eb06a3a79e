package dev.authyspring.security;

import java.time.Duration;
import java.time.Instant;

import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.core.testing.MutableClock;
import dev.authyspring.onetouch.OneTouchCallback;
import dev.authyspring.onetouch.OneTouchCallbackEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link InMemoryPushApprovalAnswers}.
 */
class InMemoryPushApprovalAnswersTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	@Test
	void findsTheAnswerACallbackCarriedAsTheClientsApprovalStatus() {
		InMemoryPushApprovalAnswers answers = new InMemoryPushApprovalAnswers(this.clock);
		answers.record(event("u-1", 77, ApprovalStatus.APPROVED));
		answers.record(event("u-2", 77, ApprovalStatus.DENIED));
		assertThat(answers.find("u-1", 77)).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(answers.find("u-2", 77)).isEqualTo(ApprovalStatus.DENIED);
		assertThat(answers.find("u-3", 77)).isNull();
	}

	@Test
	void neverReturnsAnAnswerToAnotherUser() {
		InMemoryPushApprovalAnswers answers = new InMemoryPushApprovalAnswers(this.clock);
		answers.record(event("u-1", 77, ApprovalStatus.APPROVED));
		assertThat(answers.find("u-1", 78)).isNull();
	}

	@Test
	void forgetsAnAnswerOnceItsTimeToLiveHasPassed() {
		InMemoryPushApprovalAnswers answers = new InMemoryPushApprovalAnswers(10, Duration.ofMinutes(1), this.clock);
		answers.record(event("u-1", 77, ApprovalStatus.APPROVED));
		this.clock.set(this.clock.instant().plusSeconds(59));
		assertThat(answers.find("u-1", 77)).isEqualTo(ApprovalStatus.APPROVED);
		this.clock.set(this.clock.instant().plusSeconds(1));
		assertThat(answers.find("u-1", 77)).isNull();
	}

	@Test
	void dropsTheOldestAnswerWhenFull() {
		InMemoryPushApprovalAnswers answers = new InMemoryPushApprovalAnswers(2, Duration.ofMinutes(1), this.clock);
		answers.record(event("u-1", 77, ApprovalStatus.APPROVED));
		answers.record(event("u-2", 77, ApprovalStatus.APPROVED));
		answers.record(event("u-3", 77, ApprovalStatus.DENIED));
		assertThat(answers.find("u-1", 77)).isNull();
		assertThat(answers.find("u-2", 77)).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(answers.find("u-3", 77)).isEqualTo(ApprovalStatus.DENIED);
	}

	@Test
	void refusesNoCapacityAndNoTimeToLive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InMemoryPushApprovalAnswers(0, Duration.ofMinutes(1), this.clock));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InMemoryPushApprovalAnswers(1, Duration.ZERO, this.clock));
	}

	private static OneTouchCallbackEvent event(String uuid, long authyId, ApprovalStatus status) {
		return new OneTouchCallbackEvent(OneTouchCallback.builder(uuid, authyId, status).build());
	}

}
