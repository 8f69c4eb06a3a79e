package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediansTests {

	@Test
	void confidenceRankFollowsTheBinomialDistribution() {
		assertThat(Medians.confidenceRank(5)).isZero();
		assertThat(Medians.confidenceRank(6)).isEqualTo(1);
		assertThat(Medians.confidenceRank(15)).isEqualTo(4);
		assertThat(Medians.confidenceRank(20)).isEqualTo(6);
	}

	@Test
	void medianOfEvenCountIsTheMeanOfTheMiddleTwo() {
		assertThat(Medians.of(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
	}

	@Test
	void medianOfOddCountIsTheMiddleValueWhateverTheOrder() {
		assertThat(Medians.of(List.of(9.0, -1.0, 3.0))).isEqualTo(3.0);
	}

	@Test
	void medianOfNothingIsNotANumber() {
		assertThat(Medians.of(List.of())).isNaN();
	}

	@Test
	void medianLeavesItsValuesInTheirOrder() {
		List<Double> values = new ArrayList<>(List.of(3.0, 1.0, 2.0));
		Medians.of(values);
		assertThat(values).containsExactly(3.0, 1.0, 2.0);
	}

}
