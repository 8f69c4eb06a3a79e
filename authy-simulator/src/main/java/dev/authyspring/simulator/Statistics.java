package dev.authyspring.simulator;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What {@code GET /protected/json/app/stats} reports: counts per calendar month (UTC),
 * from the month the simulator started or was reset to the clock's current one.
 */
final class Statistics {

	private final Clock clock;

	private final Map<YearMonth, EnumCounts<Counter>> months = new ConcurrentSkipListMap<>();

	private volatile YearMonth firstMonth;

	Statistics(Clock clock) {
		this.clock = clock;
		this.firstMonth = currentMonth();
	}

	void count(Counter counter) {
		this.months.computeIfAbsent(currentMonth(), (month) -> new EnumCounts<>(Counter.values())).increment(counter);
	}

	/**
	 * One entry per month, oldest first; months without activity count zero.
	 */
	List<MonthlyCounts> monthly() {
		YearMonth current = currentMonth();
		// A clock set back before the first month still reports the current one.
		YearMonth first = this.firstMonth.isAfter(current) ? current : this.firstMonth;
		List<MonthlyCounts> result = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
			EnumCounts<Counter> counters = this.months.getOrDefault(month, new EnumCounts<>(Counter.values()));
			result.add(new MonthlyCounts(month, counters.count(Counter.SMS), counters.count(Counter.CALLS),
					counters.count(Counter.USERS), counters.count(Counter.AUTHS), counters.count(Counter.API_CALLS)));
		}
		return result;
	}

	void reset() {
		this.months.clear();
		this.firstMonth = currentMonth();
	}

	private YearMonth currentMonth() {
		return YearMonth.now(this.clock.withZone(ZoneOffset.UTC));
	}

	/**
	 * What is counted.
	 */
	enum Counter {

		/** SMS sent: tokens and verification codes. */
		SMS,

		/** Voice calls started: tokens and verification codes. */
		CALLS,

		/** Users registered. */
		USERS,

		/** Tokens and verification codes accepted. */
		AUTHS,

		/** Requests with a valid API key. */
		API_CALLS;

		static Counter deliveries(Channel channel) {
			return (channel == Channel.CALL) ? CALLS : SMS;
		}

	}

	/**
	 * The counts of one month.
	 */
	record MonthlyCounts(YearMonth month, long sms, long calls, long users, long auths, long apiCalls) {
	}

}
