package dev.authyspring.simulator;

import java.time.Duration;
import java.time.Instant;

import dev.authyspring.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests of {@link Users} and {@link User}: one user per phone, the app, and token checks.
 */
class UsersTests {

	static final Duration VALIDITY = Duration.ofMinutes(10);

	MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

	Statistics statistics = new Statistics(this.clock);

	Users users = new Users(this.clock, new RandomCodes(), this.statistics);

	@Test
	void samePhoneIsTheSameUserWithEveryEmail() {
		User first = this.users.register(1, "2015550123", "a@example.com");
		User again = this.users.register(1, "2015550123", "b@example.com");
		User other = this.users.register(44, "2015550123", "a@example.com");
		assertThat(again).isSameAs(first);
		assertThat(first.id()).isEqualTo(1001);
		assertThat(other.id()).isEqualTo(1002);
		assertThat(first.snapshot().emails()).containsExactly("a@example.com", "b@example.com");
		assertThat(first.email()).isEqualTo("a@example.com");
		assertThat(first.createdAt()).isEqualTo(this.clock.instant());
		assertThat(this.users.count()).isEqualTo(2);
		assertThat(this.statistics.monthly().get(0).users()).isEqualTo(2);
	}

	@Test
	void deletedPhoneRegistersAfreshAndIdsKeepIncreasing() {
		long id = this.users.register(1, "2015550123", "a@example.com").id();
		assertThat(this.users.delete(id)).isTrue();
		assertThat(this.users.delete(id)).isFalse();
		assertThat(this.users.find(id)).isNull();
		this.users.clear();
		assertThat(this.users.register(1, "2015550123", "a@example.com").id()).isEqualTo(id + 1);
		assertThat(this.users.all()).extracting(User::id).containsExactly(id + 1);
	}

	@Test
	void getNamesTheMissingUser() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.get(7)).withMessage("No user with Authy id 7");
	}

	@Test
	void installingTheAppRegistersAndGivesTotpCodes() {
		User user = this.users.register(1, "2015550123", "a@example.com");
		assertThatIllegalStateException().isThrownBy(() -> user.totp(this.clock.instant()))
			.withMessage("User 1001 has no Authy app; install it first");
		assertThat(user.snapshot().registered()).isFalse();
		user.installApp();
		assertThat(user.snapshot().registered()).isTrue();
		assertThat(user.appInstalled()).isTrue();
		assertThat(user.totp(this.clock.instant())).hasSize(User.TOKEN_DIGITS);
	}

	@Test
	void anyTokenPassesUntilRegisteredUnlessForced() {
		User user = this.users.register(1, "2015550123", "a@example.com");
		assertThat(user.check("1234567", false, null, this.clock.instant(), VALIDITY)).isEqualTo(User.TokenCheck.VALID);
		assertThat(user.check("1234567", true, null, this.clock.instant(), VALIDITY))
			.isEqualTo(User.TokenCheck.INVALID);
	}

	@Test
	void issuedTokenPassesOnceWithItsActionUntilItExpires() {
		User user = this.users.register(1, "2015550123", "a@example.com");
		Instant now = this.clock.instant();
		user.issue("1111111", "login", now.plus(VALIDITY));
		user.issue("2222222", null, now.plus(VALIDITY));
		assertThat(user.check("1111111", true, null, now, VALIDITY)).isEqualTo(User.TokenCheck.INVALID);
		assertThat(user.check("1111111", true, "login", now, VALIDITY)).isEqualTo(User.TokenCheck.VALID);
		assertThat(user.check("1111111", true, "login", now, VALIDITY)).isEqualTo(User.TokenCheck.REUSED);
		assertThat(user.snapshot().registered()).isTrue();
		assertThat(user.check("2222222", false, null, now.plus(VALIDITY), VALIDITY)).isEqualTo(User.TokenCheck.INVALID);
	}

	@Test
	void snapshotToStringMasksThePhoneAndHidesTheEmails() {
		User user = this.users.register(1, "2015550123", "a@example.com");
		assertThat(user.snapshot().toString()).contains("1001", "********23")
			.doesNotContain("2015550123", "a@example.com");
	}

	@Test
	void snapshotHasNoEmailWhenNoneIsKnown() {
		User user = new User(1, 1, "2015550123", new byte[20], 2, this.clock.instant());
		assertThat(user.snapshot().firstEmail()).isNull();
		assertThat(user.email()).isEmpty();
	}

}
