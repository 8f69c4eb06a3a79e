package dev.authyspring.simulator;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What {@code GET /protected/json/app/stats} reports: counts per calendar month (UTC),
 * from the month the simulator started or was reset to the clock's current one.
 */
final class Statistics {

	private final Clock clock;

	private final Map<YearMonth, Counters> months = new ConcurrentSkipListMap<>();

	private volatile YearMonth firstMonth;

	Statistics(Clock clock) {
		this.clock = clock;
		this.firstMonth = currentMonth();
	}

	void count(Counter counter) {
		this.months.computeIfAbsent(currentMonth(), (month) -> new Counters()).get(counter).increment();
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
			Counters counters = this.months.getOrDefault(month, new Counters());
			result.add(new MonthlyCounts(month, counters.sum(Counter.SMS), counters.sum(Counter.CALLS),
					counters.sum(Counter.USERS), counters.sum(Counter.AUTHS), counters.sum(Counter.API_CALLS)));
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

	private static final class Counters {

		/**
		 * By {@link Counter#ordinal()}: an array has an adder for every counter, a map
		 * only may.
		 */
		private final LongAdder[] adders = new LongAdder[Counter.values().length];

		Counters() {
			for (int i = 0; i < this.adders.length; i++) {
				this.adders[i] = new LongAdder();
			}
		}

		LongAdder get(Counter counter) {
			return this.adders[counter.ordinal()];
		}

		long sum(Counter counter) {
			return get(counter).sum();
		}

	}

}
