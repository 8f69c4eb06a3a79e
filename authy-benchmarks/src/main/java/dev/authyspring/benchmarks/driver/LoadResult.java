package dev.authyspring.benchmarks.driver;

/**
 * What one or more measurement intervals of the same cell produced.
 *
 * @param calls calls completed without error in the measurement intervals
 * @param errors calls that threw
 * @param elapsedNanos total length of the measurement intervals
 * @param latencies latency of the calls
 * @param usage CPU and allocation of the JVM over the intervals
 * @param newConnections connections the server accepted during the intervals, -1 if
 * unknown
 */
public record LoadResult(long calls, long errors, long elapsedNanos, LatencyHistogram latencies,
		JvmCounters.Usage usage, long newConnections) {

	public double callsPerSecond() {
		return (this.elapsedNanos > 0) ? this.calls * 1e9 / this.elapsedNanos : 0;
	}

	public double cpuMicrosPerCall() {
		return perCall(this.usage.threadCpuNanos()) / 1000;
	}

	public double processCpuMicrosPerCall() {
		return perCall(this.usage.processCpuNanos()) / 1000;
	}

	public double allocatedBytesPerCall() {
		return perCall(this.usage.allocatedBytes());
	}

	/**
	 * Returns the new connections per 1,000 calls; 0 means every call reused one.
	 * @return the rate, or -1 if the server could not count
	 */
	public double newConnectionsPerThousandCalls() {
		if (this.newConnections < 0) {
			return -1;
		}
		return perCall(this.newConnections) * 1000;
	}

	public double p50Micros() {
		return this.latencies.percentile(50) / 1000.0;
	}

	public double p99Micros() {
		return this.latencies.percentile(99) / 1000.0;
	}

	private double perCall(double total) {
		return (this.calls > 0) ? total / this.calls : 0;
	}

	/**
	 * Combines two results of the same cell measured in different rounds.
	 * @param other the other result
	 * @return the combined result
	 */
	public LoadResult plus(LoadResult other) {
		LatencyHistogram merged = new LatencyHistogram();
		merged.add(this.latencies);
		merged.add(other.latencies);
		long connections = (this.newConnections < 0 || other.newConnections < 0) ? -1
				: this.newConnections + other.newConnections;
		return new LoadResult(this.calls + other.calls, this.errors + other.errors,
				this.elapsedNanos + other.elapsedNanos, merged, this.usage.plus(other.usage), connections);
	}

	/**
	 * Returns this result as one line of text, for {@link #fromText(String)} in another
	 * JVM.
	 * @return the text
	 */
	public String toText() {
		return this.calls + " " + this.errors + " " + this.elapsedNanos + " " + this.usage.threadCpuNanos() + " "
				+ this.usage.allocatedBytes() + " " + this.usage.processCpuNanos() + " " + this.newConnections + " | "
				+ this.latencies.toText();
	}

	/**
	 * Reads a result written by {@link #toText()}.
	 * @param text the text
	 * @return the result
	 * @throws IllegalArgumentException if the text is not such a result
	 */
	public static LoadResult fromText(String text) {
		int bar = text.indexOf(" | ");
		String[] fields = (bar > 0) ? text.substring(0, bar).split(" ") : new String[0];
		if (fields.length != 7) {
			throw new IllegalArgumentException("not a load result: '" + text + "'");
		}
		long[] values = new long[fields.length];
		for (int i = 0; i < fields.length; i++) {
			values[i] = Long.parseLong(fields[i]);
		}
		return new LoadResult(values[0], values[1], values[2], LatencyHistogram.fromText(text.substring(bar + 3)),
				new JvmCounters.Usage(values[3], values[4], values[5]), values[6]);
	}

}
