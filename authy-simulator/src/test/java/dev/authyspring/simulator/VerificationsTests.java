package dev.authyspring.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.authyspring.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link Verifications}: resending, checking once, expiry and statistics, with a
 * clock the tests move.
 */
class VerificationsTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

	Outbox outbox = new Outbox();

	Statistics statistics = new Statistics(this.clock);

	Verifications verifications = new Verifications(this.clock, new RandomCodes(), this.outbox, this.statistics);

	@Test
	void repeatedStartWithinTheValidityResendsTheSameCode() {
		Verifications.Started first = this.verifications.start(1, "2015550123", Channel.SMS, null, 4);
		this.clock.advance(Duration.ofSeconds(100));
		Verifications.Started second = this.verifications.start(1, "2015550123", Channel.CALL, "es", 6);
		assertThat(first.secondsToExpire()).isEqualTo(599);
		assertThat(second.uuid()).isEqualTo(first.uuid());
		assertThat(second.secondsToExpire()).isEqualTo(499);
		List<Message> sent = this.outbox.messages();
		assertThat(sent).extracting(Message::code).containsOnly(sent.get(0).code());
		assertThat(sent).extracting(Message::via).containsExactly("sms", "call");
		assertThat(sent.get(0).code()).hasSize(4);
		assertThat(sent.get(1).expiresAt()).isEqualTo(sent.get(0).expiresAt());
		assertThat(this.statistics.monthly().get(0).sms()).isEqualTo(1);
		assertThat(this.statistics.monthly().get(0).calls()).isEqualTo(1);
	}

	@Test
	void correctCodeVerifiesOnce() {
		Verifications.Started started = this.verifications.start(1, "2015550123", Channel.SMS, null, 4);
		String code = this.outbox.messages().get(0).code();
		String wrong = code.equals("0000") ? "1111" : "0000";
		assertThat(this.verifications.check(1, "2015550123", wrong)).isEqualTo(Verifications.Check.INCORRECT);
		assertThat(this.verifications.status(started.uuid()).state()).isEqualTo(VerificationState.PENDING);
		assertThat(this.verifications.check(1, "2015550123", code)).isEqualTo(Verifications.Check.CORRECT);
		assertThat(this.verifications.check(1, "2015550123", code)).isEqualTo(Verifications.Check.NOT_FOUND);
		assertThat(this.verifications.status(1, "2015550123").state()).isEqualTo(VerificationState.VERIFIED);
		assertThat(this.statistics.monthly().get(0).auths()).isEqualTo(1);
	}

	@Test
	void expiredVerificationIsNotFoundAndAStartMakesANewOne() {
		Verifications.Started started = this.verifications.start(1, "2015550123", Channel.SMS, null, 4);
		String code = this.outbox.messages().get(0).code();
		this.clock.advance(Verifications.VALIDITY);
		assertThat(this.verifications.check(1, "2015550123", code)).isEqualTo(Verifications.Check.NOT_FOUND);
		assertThat(this.verifications.status(started.uuid()))
			.isEqualTo(new Verifications.Status(VerificationState.EXPIRED, 0));
		Verifications.Started restarted = this.verifications.start(1, "2015550123", Channel.SMS, null, 4);
		assertThat(restarted.uuid()).isNotEqualTo(started.uuid());
		assertThat(this.verifications.status(started.uuid())).isNull();
		assertThat(this.verifications.status(restarted.uuid()).state()).isEqualTo(VerificationState.PENDING);
	}

	@Test
	void unknownVerificationsHaveNoStatus() {
		assertThat(this.verifications.status("nope")).isNull();
		assertThat(this.verifications.status(1, "2015550123")).isNull();
		assertThat(this.verifications.check(1, "2015550123", "1234")).isEqualTo(Verifications.Check.NOT_FOUND);
		this.verifications.start(1, "2015550123", Channel.SMS, null, 4);
		this.verifications.clear();
		assertThat(this.verifications.status(1, "2015550123")).isNull();
	}

	@Test
	void concurrentChecksOfTheRightCodeLetOnePass() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 50; round++) {
				String digits = String.format("20155%05d", round);
				this.verifications.start(1, digits, Channel.SMS, null, 4);
				String code = this.outbox.messages().get(this.outbox.messages().size() - 1).code();
				List<Callable<Verifications.Check>> checks = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					checks.add(() -> this.verifications.check(1, digits, code));
				}
				int correct = 0;
				for (Future<Verifications.Check> check : pool.invokeAll(checks, 30, TimeUnit.SECONDS)) {
					correct += (check.get() == Verifications.Check.CORRECT) ? 1 : 0;
				}
				assertThat(correct).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void statesHaveAuthysNames() {
		assertThat(VerificationState.values()).extracting(VerificationState::wireName)
			.containsExactly("pending", "verified", "expired");
		assertThat(Channel.values()).extracting(Channel::wireName).containsExactly("sms", "call");
		assertThat(Channel.of("call")).isEqualTo(Channel.CALL);
		assertThat(Channel.of("voice")).isNull();
	}

}
