package dev.authyspring.benchmarks.driver;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

/**
 * CPU time and allocated bytes of every live Java thread, plus the process CPU time.
 *
 * <p>
 * All threads count, not only the callers: the JDK {@code HttpClient}, Jetty and Tomcat
 * do part of each call on their own threads. Threads that start during a measurement
 * count from zero; threads that end during it are lost, which is why pools must be warm
 * first.
 */
public final class JvmCounters {

	private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

	private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	static {
		if (THREADS.isThreadCpuTimeSupported()) {
			THREADS.setThreadCpuTimeEnabled(true);
		}
		if (THREADS.isThreadAllocatedMemorySupported()) {
			THREADS.setThreadAllocatedMemoryEnabled(true);
		}
	}

	private JvmCounters() {
	}

	/**
	 * Takes a snapshot of all threads.
	 * @return the snapshot
	 */
	public static Snapshot snapshot() {
		long[] ids = THREADS.getAllThreadIds();
		long[] cpu = THREADS.getThreadCpuTime(ids);
		long[] allocated = THREADS.getThreadAllocatedBytes(ids);
		Map<Long, long[]> perThread = new HashMap<>(ids.length * 2);
		for (int i = 0; i < ids.length; i++) {
			perThread.put(ids[i], new long[] { Math.max(0, cpu[i]), Math.max(0, allocated[i]) });
		}
		return new Snapshot(perThread, OS.getProcessCpuTime());
	}

	/**
	 * Counters at one instant.
	 *
	 * @param perThread thread id to {cpu nanos, allocated bytes}
	 * @param processCpuNanos CPU time of the whole process, GC and JIT included
	 */
	public record Snapshot(Map<Long, long[]> perThread, long processCpuNanos) {

		/**
		 * Returns what was used between an earlier snapshot and this one.
		 * @param earlier the snapshot taken first
		 * @return the usage
		 */
		public Usage since(Snapshot earlier) {
			long cpu = 0;
			long allocated = 0;
			for (Map.Entry<Long, long[]> entry : this.perThread.entrySet()) {
				long[] before = earlier.perThread.getOrDefault(entry.getKey(), new long[2]);
				cpu += Math.max(0, entry.getValue()[0] - before[0]);
				allocated += Math.max(0, entry.getValue()[1] - before[1]);
			}
			return new Usage(cpu, allocated, this.processCpuNanos - earlier.processCpuNanos);
		}

	}

	/**
	 * Resources used over an interval.
	 *
	 * @param threadCpuNanos CPU time of all Java threads
	 * @param allocatedBytes bytes allocated by all Java threads
	 * @param processCpuNanos CPU time of the process
	 */
	public record Usage(long threadCpuNanos, long allocatedBytes, long processCpuNanos) {

		public Usage plus(Usage other) {
			return new Usage(this.threadCpuNanos + other.threadCpuNanos, this.allocatedBytes + other.allocatedBytes,
					this.processCpuNanos + other.processCpuNanos);
		}

	}

}
