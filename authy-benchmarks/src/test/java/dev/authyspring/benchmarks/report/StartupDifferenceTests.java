package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupDifferenceTests {

	/** Samples whose CPU time is half the refresh, so that a mix-up of the two shows. */
	private static StartupSamples samples(double... refresh) {
		List<Double> wall = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		for (double value : refresh) {
			wall.add(value);
			cpu.add(value / 2);
		}
		return new StartupSamples(wall, cpu, List.of(), "1", List.of());
	}

	@Test
	void comparesTheRoundsBothClasspathsHave() {
		StartupDifference difference = StartupDifference.of(samples(110, 220, 330, 999), samples(100, 200, 300));
		assertThat(difference.rounds()).isEqualTo(3);
		assertThat(difference.wall().median()).isEqualTo(20.0);
		assertThat(difference.cpu().median()).isEqualTo(10.0);
	}

	@Test
	void sumsTwoDifferencesRoundByRound() {
		// (a - b) + (c - d) per round: 0 + 50, 10 + 20, 50 + 10; median 50.
		StartupDifference sum = StartupDifference.sum(samples(400, 910, 460), samples(400, 900, 410),
				samples(454, 934, 474, 1), samples(404, 914, 464, 1));
		assertThat(sum.rounds()).isEqualTo(3);
		assertThat(sum.wall().median()).isEqualTo(50.0);
		assertThat(sum.cpu().median()).isEqualTo(25.0);
	}

}
