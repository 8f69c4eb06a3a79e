package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.authyspring.benchmarks.report.MarkdownTable.number;

/**
 * The median of per-round differences and its 95 % confidence interval.
 *
 * @param median the median
 * @param low the interval's lower bound, {@code NaN} when there were too few rounds
 * @param high the interval's upper bound, {@code NaN} when there were too few rounds
 */
record Spread(double median, double low, double high) {

	/**
	 * The spread of {@code a - b}, round by round.
	 * @param a one classpath's values, one per round
	 * @param b the other's, in the same rounds
	 * @param rounds how many rounds to take from the start of both
	 * @return the spread of the differences
	 */
	static Spread of(List<Double> a, List<Double> b, int rounds) {
		List<Double> differences = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			differences.add(a.get(i) - b.get(i));
		}
		return of(differences);
	}

	/**
	 * The spread of values already taken per round.
	 * @param values the values, in any order
	 * @return their spread
	 */
	static Spread of(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		int rounds = sorted.size();
		sorted.sort(null);
		int rank = Medians.confidenceRank(rounds);
		if (rank == 0) {
			return new Spread(Medians.of(sorted), Double.NaN, Double.NaN);
		}
		return new Spread(Medians.of(sorted), sorted.get(rank - 1), sorted.get(rounds - rank));
	}

	/**
	 * The median and its interval, {@code 8.00 [4.00, 12.00]}.
	 * @return the text
	 */
	String format() {
		if (Double.isNaN(this.low)) {
			return signed(this.median) + " [too few rounds]";
		}
		return String.format(Locale.ROOT, "%s [%s, %s]", signed(this.median), signed(this.low), signed(this.high));
	}

	/**
	 * A difference can be negative where the other classpath was faster in that round.
	 * @param value the difference
	 * @return the text, with a minus sign when negative
	 */
	static String signed(double value) {
		return (value < 0) ? "-" + number(-value) : number(value);
	}

}
