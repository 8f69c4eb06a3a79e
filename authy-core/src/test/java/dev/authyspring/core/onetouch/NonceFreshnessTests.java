package dev.authyspring.core.onetouch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.authyspring.core.onetouch.NonceFreshness.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link NonceFreshness}.
 */
class NonceFreshnessTests {

	private static final Instant NOW = Instant.ofEpochSecond(1512923419);

	private final NonceFreshness freshness = new NonceFreshness(Duration.ofMinutes(5), Duration.ofSeconds(30),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void acceptsNonceWithinWindow() {
		assertThat(this.freshness.check(time("1512923419"))).isEqualTo(Result.FRESH);
		assertThat(this.freshness.check(time(Long.toString(NOW.getEpochSecond() - 300)))).isEqualTo(Result.FRESH);
		assertThat(this.freshness.check(time(Long.toString(NOW.getEpochSecond() + 30)))).isEqualTo(Result.FRESH);
	}

	@Test
	void rejectsNonceOlderThanMaxAge() {
		assertThat(this.freshness.check(time(Long.toString(NOW.getEpochSecond() - 301)))).isEqualTo(Result.STALE);
		assertThat(this.freshness.check(time((NOW.getEpochSecond() - 300) + ".5"))).isEqualTo(Result.FRESH);
		assertThat(this.freshness.check(time((NOW.getEpochSecond() - 301) + ".999"))).isEqualTo(Result.STALE);
	}

	@Test
	void rejectsNonceBeyondClockSkew() {
		assertThat(this.freshness.check(time(Long.toString(NOW.getEpochSecond() + 31)))).isEqualTo(Result.FUTURE);
		assertThat(this.freshness.check(time((NOW.getEpochSecond() + 30) + ".000001"))).isEqualTo(Result.FUTURE);
	}

	@Test
	void zeroMaxAgeTurnsOnlyTheAgeCheckOff() {
		NonceFreshness noAge = new NonceFreshness(Duration.ZERO, Duration.ofSeconds(30),
				Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(noAge.check(time("1"))).isEqualTo(Result.FRESH);
		assertThat(noAge.check(time(Long.toString(NOW.getEpochSecond() + 31)))).isEqualTo(Result.FUTURE);
		assertThat(noAge.rememberUntil(time("1"))).isEqualTo(Instant.MAX);
	}

	@Test
	void remembersNonceUntilItWouldBeStale() {
		assertThat(this.freshness.rememberUntil(time("1512923419.25")))
			.isEqualTo(Instant.ofEpochSecond(1512923719, 250_000_000));
	}

	@Test
	void remembersForeverWhenMaxAgeReachesBeyondTime() {
		NonceFreshness longAge = new NonceFreshness(Duration.ofSeconds(Long.MAX_VALUE), Duration.ZERO,
				Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(longAge.rememberUntil(time("999999999999"))).isEqualTo(Instant.MAX);
	}

	@Test
	void parsesNoTimeFromNonTimes() {
		assertThat(NonceFreshness.parse("soon")).isNull();
		assertThat(NonceFreshness.parse("")).isNull();
	}

	@Test
	void parsesFractionsOfUnixSeconds() {
		assertThat(NonceFreshness.parse("1427849783.886085")).isEqualTo(Instant.ofEpochSecond(1427849783, 886_085_000));
		assertThat(NonceFreshness.parse("1512923419")).isEqualTo(Instant.ofEpochSecond(1512923419));
		assertThat(NonceFreshness.parse("1.5e9")).isNull();
		assertThat(NonceFreshness.parse("١٢٣")).isNull();
	}

	private static Instant time(String nonce) {
		Instant time = NonceFreshness.parse(nonce);
		assertThat(time).as("time of nonce %s", nonce).isNotNull();
		return time;
	}

	@Test
	void rejectsNegativeDurations() {
		Clock clock = Clock.systemUTC();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NonceFreshness(Duration.ofSeconds(-1), Duration.ZERO, clock));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NonceFreshness(Duration.ZERO, Duration.ofSeconds(-1), clock));
	}

}
