package dev.authyspring.benchmarks.driver;

/**
 * Log-linear histogram of latencies in nanoseconds: exact below 128 ns, then 128 buckets
 * per power of two, so a percentile read from it is within 0.4 % of the recorded value.
 *
 * <p>
 * Not thread-safe: each worker records into its own and the results are merged.
 */
public final class LatencyHistogram {

	private static final int SUB_BUCKET_BITS = 7;

	private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;

	private static final int BUCKETS = SUB_BUCKETS + (63 - SUB_BUCKET_BITS) * SUB_BUCKETS;

	private final long[] counts = new long[BUCKETS];

	private long count;

	private long sum;

	private long min = Long.MAX_VALUE;

	private long max;

	/**
	 * Records one latency.
	 * @param nanos the latency, negative values count as zero
	 */
	public void record(long nanos) {
		long value = Math.max(0, nanos);
		this.counts[indexOf(value)]++;
		this.count++;
		this.sum += value;
		this.min = Math.min(this.min, value);
		this.max = Math.max(this.max, value);
	}

	/**
	 * Adds every value recorded in another histogram to this one.
	 * @param other the histogram to add
	 */
	public void add(LatencyHistogram other) {
		for (int i = 0; i < BUCKETS; i++) {
			this.counts[i] += other.counts[i];
		}
		this.count += other.count;
		this.sum += other.sum;
		this.min = Math.min(this.min, other.min);
		this.max = Math.max(this.max, other.max);
	}

	public long count() {
		return this.count;
	}

	public long max() {
		return this.max;
	}

	public long min() {
		return (this.count != 0) ? this.min : 0;
	}

	public double mean() {
		return (this.count != 0) ? (double) this.sum / this.count : 0;
	}

	/**
	 * Returns the value at a percentile, by the nearest-rank method: the smallest
	 * recorded value that at least {@code percentile} percent of the values are less than
	 * or equal to.
	 * @param percentile between 0 (exclusive) and 100 (inclusive)
	 * @return the value in nanoseconds, 0 when nothing was recorded
	 */
	public long percentile(double percentile) {
		if (!(percentile > 0 && percentile <= 100)) {
			throw new IllegalArgumentException("percentile must be in (0, 100], was " + percentile);
		}
		if (this.count == 0) {
			return 0;
		}
		long rank = (long) Math.ceil(percentile / 100 * this.count);
		if (rank >= this.count) {
			return this.max;
		}
		long seen = 0;
		for (int i = 0; i < BUCKETS; i++) {
			seen += this.counts[i];
			if (seen >= rank) {
				// The bucket's midpoint, clamped so no percentile lies outside what was
				// seen.
				return Math.max(this.min, Math.min(this.max, valueOf(i)));
			}
		}
		return this.max;
	}

	/**
	 * Returns everything recorded as one line of text, for {@link #fromText(String)} in
	 * another JVM: the count, sum, minimum and maximum, then {@code index:count} for
	 * every bucket that is not empty.
	 * @return the text
	 */
	public String toText() {
		StringBuilder text = new StringBuilder();
		text.append(this.count).append(' ').append(this.sum).append(' ').append(this.min).append(' ').append(this.max);
		for (int i = 0; i < BUCKETS; i++) {
			if (this.counts[i] != 0) {
				text.append(' ').append(i).append(':').append(this.counts[i]);
			}
		}
		return text.toString();
	}

	/**
	 * Reads a histogram written by {@link #toText()}.
	 * @param text the text
	 * @return the histogram
	 * @throws IllegalArgumentException if the text is not such a histogram
	 */
	public static LatencyHistogram fromText(String text) {
		String[] parts = text.trim().split(" ");
		if (parts.length < 4) {
			throw new IllegalArgumentException("not a latency histogram: '" + text + "'");
		}
		LatencyHistogram histogram = new LatencyHistogram();
		histogram.count = Long.parseLong(parts[0]);
		histogram.sum = Long.parseLong(parts[1]);
		histogram.min = Long.parseLong(parts[2]);
		histogram.max = Long.parseLong(parts[3]);
		long inBuckets = 0;
		for (int i = 4; i < parts.length; i++) {
			int colon = parts[i].indexOf(':');
			int index = (colon > 0) ? Integer.parseInt(parts[i].substring(0, colon)) : -1;
			if (index < 0 || index >= BUCKETS) {
				throw new IllegalArgumentException("not a histogram bucket: '" + parts[i] + "'");
			}
			long count = Long.parseLong(parts[i].substring(colon + 1));
			if (count < 0) {
				throw new IllegalArgumentException("not a histogram bucket: '" + parts[i] + "'");
			}
			histogram.counts[index] += count;
			inBuckets += count;
		}
		if (inBuckets != histogram.count) {
			throw new IllegalArgumentException(
					"histogram buckets hold " + inBuckets + " values but its count is " + histogram.count);
		}
		return histogram;
	}

	static int indexOf(long value) {
		if (value < SUB_BUCKETS) {
			return (int) value;
		}
		int highestBit = 63 - Long.numberOfLeadingZeros(value);
		int shift = highestBit - SUB_BUCKET_BITS;
		int subBucket = (int) ((value >>> shift) & (SUB_BUCKETS - 1));
		return SUB_BUCKETS + shift * SUB_BUCKETS + subBucket;
	}

	static long valueOf(int index) {
		if (index < SUB_BUCKETS) {
			return index;
		}
		int shift = (index - SUB_BUCKETS) / SUB_BUCKETS;
		long subBucket = (index - SUB_BUCKETS) % SUB_BUCKETS;
		long lowest = (SUB_BUCKETS + subBucket) << shift;
		return lowest + ((1L << shift) >>> 1);
	}

}
