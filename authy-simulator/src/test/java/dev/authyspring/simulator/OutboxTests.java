package dev.authyspring.simulator;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link Outbox}: order, limit, look-ups and the names on the wire.
 */
class OutboxTests {

	static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

	Outbox outbox = new Outbox();

	@Test
	void keepsTheNewestUpToTheLimitInIdOrder() {
		for (int i = 0; i < Outbox.LIMIT + 5; i++) {
			this.outbox.deliver(1L, 1, "2015550123", Channel.SMS, Outbox.Kind.TOKEN, "code" + i, NOW, NOW, null);
		}
		assertThat(this.outbox.messages()).hasSize(Outbox.LIMIT);
		assertThat(this.outbox.messages().get(0).id()).isEqualTo(6);
		assertThat(this.outbox.messages().get(Outbox.LIMIT - 1).code()).isEqualTo("code" + (Outbox.LIMIT + 4));
	}

	@Test
	void writesChannelAndKindAsAuthyNamesThem() {
		Message token = this.outbox.deliver(7L, 57, "3003003333", Channel.CALL, Outbox.Kind.TOKEN, "1234567", NOW, NOW,
				"es");
		Message verification = this.outbox.deliver(null, 1, "2015550123", Channel.SMS, Outbox.Kind.VERIFICATION, "1234",
				NOW, NOW, null);
		assertThat(token.via()).isEqualTo("call");
		assertThat(token.kind()).isEqualTo("token");
		assertThat(token.locale()).isEqualTo("es");
		assertThat(verification.via()).isEqualTo("sms");
		assertThat(verification.kind()).isEqualTo("verification");
	}

	@Test
	void findsTheLastTokenOfAUserAndTheLastCodeOfANumber() {
		this.outbox.deliver(7L, 1, "2015550123", Channel.SMS, Outbox.Kind.TOKEN, "first", NOW, NOW, null);
		this.outbox.deliver(null, 1, "2015550123", Channel.SMS, Outbox.Kind.VERIFICATION, "1111", NOW, NOW, null);
		this.outbox.deliver(7L, 1, "2015550123", Channel.SMS, Outbox.Kind.TOKEN, "second", NOW, NOW, null);
		this.outbox.deliver(null, 1, "2015550123", Channel.CALL, Outbox.Kind.VERIFICATION, "2222", NOW, NOW, null);
		assertThat(this.outbox.lastTo(7)).map(Message::code).hasValue("second");
		assertThat(this.outbox.lastTo(8)).isEmpty();
		assertThat(this.outbox.lastVerificationTo(1, "2015550123")).map(Message::code).hasValue("2222");
		assertThat(this.outbox.lastVerificationTo(44, "2015550123")).isEmpty();
		assertThat(this.outbox.lastVerificationTo(1, null)).isEmpty();
	}

	@Test
	void idsKeepIncreasingAfterClear() {
		this.outbox.deliver(7L, 1, "2015550123", Channel.SMS, Outbox.Kind.TOKEN, "first", NOW, NOW, null);
		this.outbox.clear();
		assertThat(this.outbox.messages()).isEmpty();
		assertThat(
				this.outbox.deliver(7L, 1, "2015550123", Channel.SMS, Outbox.Kind.TOKEN, "again", NOW, NOW, null).id())
			.isEqualTo(2);
	}

}
