package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-round differences between two classpaths' start-up times.
 *
 * @param rounds the rounds both have
 * @param wall the spread of the refresh time differences
 * @param cpu the spread of the main-thread CPU time differences
 */
record StartupDifference(int rounds, Spread wall, Spread cpu) {

	/**
	 * The differences {@code a - b}, round by round.
	 * @param a one classpath's samples
	 * @param b the other's, from the same rounds
	 * @return the differences over the rounds both have
	 */
	static StartupDifference of(StartupSamples a, StartupSamples b) {
		int rounds = Math.min(a.refresh().size(), b.refresh().size());
		return new StartupDifference(rounds, Spread.of(a.refresh(), b.refresh(), rounds),
				Spread.of(a.cpu(), b.cpu(), rounds));
	}

	/**
	 * The per-round sum of two differences, (a - b) + (c - d).
	 * @param a the first difference's minuend
	 * @param b the first difference's subtrahend
	 * @param c the second difference's minuend
	 * @param d the second difference's subtrahend
	 * @return the sums over the rounds all four have
	 */
	static StartupDifference sum(StartupSamples a, StartupSamples b, StartupSamples c, StartupSamples d) {
		int rounds = Math.min(Math.min(a.refresh().size(), b.refresh().size()),
				Math.min(c.refresh().size(), d.refresh().size()));
		return new StartupDifference(rounds,
				Spread.of(sums(a.refresh(), b.refresh(), c.refresh(), d.refresh(), rounds)),
				Spread.of(sums(a.cpu(), b.cpu(), c.cpu(), d.cpu(), rounds)));
	}

	private static List<Double> sums(List<Double> a, List<Double> b, List<Double> c, List<Double> d, int rounds) {
		List<Double> sums = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			sums.add((a.get(i) - b.get(i)) + (c.get(i) - d.get(i)));
		}
		return sums;
	}

}
