package dev.authyspring.benchmarks.driver;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class LatencyHistogramTests {

	@Test
	void percentilesMatchSortedSamplesWithinHalfAPercent() {
		Random random = new Random(42);
		long[] samples = new long[100_000];
		LatencyHistogram histogram = new LatencyHistogram();
		for (int i = 0; i < samples.length; i++) {
			// Log-normal around 100 µs with a long tail, like request latencies.
			samples[i] = (long) (100_000 * Math.exp(random.nextGaussian()));
			histogram.record(samples[i]);
		}
		Arrays.sort(samples);
		for (double percentile : new double[] { 1, 10, 50, 90, 99, 99.9, 100 }) {
			long exact = samples[(int) Math.ceil(percentile / 100 * samples.length) - 1];
			assertThat((double) histogram.percentile(percentile)).as("p%s", percentile)
				.isCloseTo(exact, within(exact * 0.005));
		}
		assertThat(histogram.count()).isEqualTo(samples.length);
		assertThat(histogram.max()).isEqualTo(samples[samples.length - 1]);
		assertThat(histogram.min()).isEqualTo(samples[0]);
	}

	@Test
	void smallValuesAreExact() {
		LatencyHistogram histogram = new LatencyHistogram();
		for (long value = 1; value <= 200; value++) {
			histogram.record(value);
		}
		assertThat(histogram.percentile(50)).isEqualTo(100);
		assertThat(histogram.percentile(99)).isEqualTo(198);
		assertThat(histogram.percentile(100)).isEqualTo(200);
		assertThat(histogram.mean()).isEqualTo(100.5);
	}

	@Test
	void nearestRankOfFourValues() {
		LatencyHistogram histogram = new LatencyHistogram();
		histogram.record(10);
		histogram.record(20);
		histogram.record(30);
		histogram.record(40);
		assertThat(histogram.percentile(50)).isEqualTo(20);
		assertThat(histogram.percentile(75)).isEqualTo(30);
		assertThat(histogram.percentile(76)).isEqualTo(40);
	}

	@Test
	void everyBucketMapsBackIntoItsOwnRange() {
		for (long value : new long[] { 0, 127, 128, 255, 256, 1_000, 123_456_789, Long.MAX_VALUE / 3 }) {
			int index = LatencyHistogram.indexOf(value);
			long representative = LatencyHistogram.valueOf(index);
			assertThat(LatencyHistogram.indexOf(representative)).as("value %d", value).isEqualTo(index);
			assertThat((double) representative).isCloseTo(value, within(value * 0.004 + 0.5));
		}
	}

	@Test
	void addMergesCountsAndExtremes() {
		LatencyHistogram fast = new LatencyHistogram();
		LatencyHistogram slow = new LatencyHistogram();
		for (int i = 0; i < 99; i++) {
			fast.record(1_000);
		}
		slow.record(50_000_000);
		fast.add(slow);
		assertThat(fast.count()).isEqualTo(100);
		assertThat((double) fast.percentile(99)).isCloseTo(1_000, within(4.0));
		assertThat(fast.percentile(100)).isEqualTo(50_000_000);
		assertThat(fast.min()).isEqualTo(1_000);
	}

	@Test
	void emptyHistogramReportsZero() {
		LatencyHistogram histogram = new LatencyHistogram();
		assertThat(histogram.percentile(99)).isZero();
		assertThat(histogram.mean()).isZero();
		assertThat(histogram.min()).isZero();
	}

	@Test
	void rejectsPercentileOutsideZeroToHundred() {
		LatencyHistogram histogram = new LatencyHistogram();
		assertThatIllegalArgumentException().isThrownBy(() -> histogram.percentile(0));
		assertThatIllegalArgumentException().isThrownBy(() -> histogram.percentile(100.5));
		assertThatIllegalArgumentException().isThrownBy(() -> histogram.percentile(Double.NaN));
	}

	@Test
	void textRoundTripKeepsEveryPercentileAndTheExtremes() {
		Random random = new Random(7);
		LatencyHistogram histogram = new LatencyHistogram();
		for (int i = 0; i < 10_000; i++) {
			histogram.record((long) (50_000 * Math.exp(random.nextGaussian())));
		}
		LatencyHistogram copy = LatencyHistogram.fromText(histogram.toText());
		assertThat(copy.count()).isEqualTo(histogram.count());
		assertThat(copy.min()).isEqualTo(histogram.min());
		assertThat(copy.max()).isEqualTo(histogram.max());
		assertThat(copy.mean()).isEqualTo(histogram.mean());
		for (double percentile : new double[] { 1, 50, 99, 99.9 }) {
			assertThat(copy.percentile(percentile)).as("p%s", percentile).isEqualTo(histogram.percentile(percentile));
		}
	}

	@Test
	void emptyHistogramSurvivesTheTextRoundTrip() {
		LatencyHistogram copy = LatencyHistogram.fromText(new LatencyHistogram().toText());
		assertThat(copy.count()).isZero();
		assertThat(copy.percentile(99)).isZero();
		copy.record(1_000);
		assertThat(copy.min()).isEqualTo(1_000);
	}

	@Test
	void rejectsTextWhoseBucketsDisagreeWithItsCount() {
		assertThatIllegalArgumentException().isThrownBy(() -> LatencyHistogram.fromText("3 300 100 100 100:2"))
			.withMessageContaining("hold 2 values but its count is 3");
		assertThatIllegalArgumentException().isThrownBy(() -> LatencyHistogram.fromText("1 100 100 100 99999999:1"))
			.withMessageContaining("not a histogram bucket");
		assertThatIllegalArgumentException().isThrownBy(() -> LatencyHistogram.fromText("0 0 0 0 5:-1 6:1"))
			.withMessageContaining("not a histogram bucket: '5:-1'");
		assertThatIllegalArgumentException().isThrownBy(() -> LatencyHistogram.fromText("calls=3"))
			.withMessageContaining("not a latency histogram");
	}

}
