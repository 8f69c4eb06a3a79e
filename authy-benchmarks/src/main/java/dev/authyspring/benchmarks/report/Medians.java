package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The median of samples and the order statistics that bound it.
 */
final class Medians {

	private Medians() {
	}

	/**
	 * The median of the values, the mean of the middle two for an even count.
	 * @param values the values, in any order
	 * @return their median, or {@code NaN} when there are none
	 */
	static double of(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/**
	 * The 1-based rank k such that [x(k), x(n+1-k)] of n sorted values covers their
	 * median with at least 95 % confidence, or 0 when n is too small for that.
	 * @param n how many values
	 * @return the rank, or 0
	 */
	static int confidenceRank(int n) {
		// P(X <= k - 1) for X ~ Binomial(n, 1/2) must stay at or under 2.5 %.
		double cumulative = 0;
		double term = Math.pow(0.5, n);
		int rank = 0;
		for (int k = 1; k <= n / 2; k++) {
			cumulative += term;
			if (cumulative > 0.025) {
				break;
			}
			rank = k;
			term = term * (n - (k - 1)) / k;
		}
		return rank;
	}

}
