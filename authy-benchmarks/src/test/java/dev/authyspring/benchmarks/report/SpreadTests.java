package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadTests {

	@Test
	void fiveRoundsAreTooFewForAnInterval() {
		Spread spread = Spread.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0));
		assertThat(spread.median()).isEqualTo(3.0);
		assertThat(spread.low()).isNaN();
		assertThat(spread.format()).isEqualTo("3.00 [too few rounds]");
	}

	@Test
	void theIntervalRunsFromTheConfidenceRankToItsMirror() {
		List<Double> values = new ArrayList<>();
		for (int i = 15; i >= 1; i--) {
			values.add((double) i);
		}
		// Rank 4 of 15: from the 4th to the 12th value.
		assertThat(Spread.of(values)).isEqualTo(new Spread(8, 4, 12));
		assertThat(Spread.of(values).format()).isEqualTo("8.00 [4.00, 12.00]");
	}

	@Test
	void differencesAreTakenRoundByRoundOverTheRoundsAsked() {
		Spread spread = Spread.of(List.of(10.0, 20.0, 30.0, 99.0), List.of(1.0, 2.0, 3.0), 3);
		// 9, 18, 27: the fourth value of the first list has no round to pair with.
		assertThat(spread.median()).isEqualTo(18.0);
	}

	@Test
	void negativeDifferencesKeepTheirSign() {
		assertThat(Spread.signed(-28)).isEqualTo("-28.00");
		assertThat(Spread.signed(0)).isEqualTo("0.00");
		assertThat(new Spread(-2, -150, 1).format()).isEqualTo("-2.00 [-150.0, 1.00]");
	}

}
