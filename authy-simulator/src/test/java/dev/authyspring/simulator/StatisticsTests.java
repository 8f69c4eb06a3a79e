package dev.authyspring.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import dev.authyspring.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link Statistics}: one entry per month from the first to the clock's.
 */
class StatisticsTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-03-31T23:59:59Z"));

	Statistics statistics = new Statistics(this.clock);

	@Test
	void countsPerMonthIncludingQuietOnes() {
		this.statistics.count(Statistics.Counter.SMS);
		this.statistics.count(Statistics.Counter.API_CALLS);
		this.clock.advance(Duration.ofDays(32));
		this.statistics.count(Statistics.Counter.deliveries(Channel.CALL));
		this.statistics.count(Statistics.Counter.deliveries(Channel.SMS));
		assertThat(this.statistics.monthly()).containsExactly(
				new Statistics.MonthlyCounts(YearMonth.of(2026, 3), 1, 0, 0, 0, 1),
				new Statistics.MonthlyCounts(YearMonth.of(2026, 4), 0, 0, 0, 0, 0),
				new Statistics.MonthlyCounts(YearMonth.of(2026, 5), 1, 1, 0, 0, 0));
	}

	@Test
	void resetStartsFromTheCurrentMonth() {
		this.statistics.count(Statistics.Counter.AUTHS);
		this.clock.advance(Duration.ofSeconds(1));
		this.statistics.reset();
		assertThat(this.statistics.monthly())
			.containsExactly(new Statistics.MonthlyCounts(YearMonth.of(2026, 4), 0, 0, 0, 0, 0));
	}

}
