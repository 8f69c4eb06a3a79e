package dev.authyspring.benchmarks.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Calls an operation from N threads in a closed loop: a warm-up, then a measurement
 * interval of fixed length, then stop.
 *
 * <p>
 * Only calls that start inside the measurement interval count. CPU time and allocation
 * are read for all JVM threads at the start and end of that interval, and the server's
 * accepted connections are read at the same two moments.
 */
public final class LoadDriver {

	private static final int WARM_UP = 0;

	private static final int MEASURE = 1;

	private static final int STOP = 2;

	private final Duration warmUp;

	private final Duration measurement;

	private final ConnectionCounter connections;

	private volatile int phase;

	/**
	 * Creates a driver.
	 * @param warmUp time to run before measuring
	 * @param measurement time to measure
	 * @param connections the server's connection counter, or
	 * {@link ConnectionCounter#NONE}
	 */
	public LoadDriver(Duration warmUp, Duration measurement, ConnectionCounter connections) {
		if (measurement.isZero() || measurement.isNegative() || warmUp.isNegative()) {
			throw new IllegalArgumentException("measurement must be positive and warm-up not negative");
		}
		this.warmUp = warmUp;
		this.measurement = measurement;
		this.connections = connections;
	}

	/**
	 * Runs an operation.
	 * @param operation what each thread calls in its loop; must be thread-safe
	 * @param threads number of worker threads
	 * @return the result of the measurement interval
	 * @throws InterruptedException if interrupted while waiting
	 */
	public synchronized LoadResult run(Operation operation, int threads) throws InterruptedException {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, was " + threads);
		}
		this.phase = WARM_UP;
		CountDownLatch released = new CountDownLatch(1);
		List<Worker> workers = new ArrayList<>(threads);
		for (int i = 0; i < threads; i++) {
			Worker worker = new Worker(operation, released, "load-worker-" + i);
			workers.add(worker);
		}
		workers.forEach((worker) -> worker.thread.start());
		long connectionsBefore;
		long connectionsAfter;
		long elapsed;
		JvmCounters.Snapshot before;
		JvmCounters.Snapshot after;
		try {
			Thread.sleep(this.warmUp.toMillis());
			connectionsBefore = this.connections.accepted();
			before = JvmCounters.snapshot();
			long start = System.nanoTime();
			this.phase = MEASURE;
			Thread.sleep(this.measurement.toMillis());
			this.phase = STOP;
			elapsed = System.nanoTime() - start;
			after = JvmCounters.snapshot();
			connectionsAfter = this.connections.accepted();
		}
		finally {
			this.phase = STOP;
			// Workers stay alive until now: a thread that has ended is missing from the
			// snapshot.
			released.countDown();
		}

		LatencyHistogram latencies = new LatencyHistogram();
		long calls = 0;
		long errors = 0;
		for (Worker worker : workers) {
			worker.thread.join(Duration.ofSeconds(60).toMillis());
			if (worker.thread.isAlive()) {
				throw new IllegalStateException(worker.thread.getName() + " did not stop within 60 s");
			}
			latencies.add(worker.latencies);
			calls += worker.calls;
			errors += worker.errors;
		}
		// The second reading opens a connection of its own.
		long newConnections = (connectionsBefore < 0 || connectionsAfter < 0) ? -1
				: Math.max(0, connectionsAfter - connectionsBefore - 1);
		return new LoadResult(calls, errors, elapsed, latencies, after.since(before), newConnections);
	}

	/**
	 * One call of the operation under test.
	 */
	@FunctionalInterface
	public interface Operation {

		void call() throws Exception;

	}

	private final class Worker implements Runnable {

		private final Operation operation;

		private final LatencyHistogram latencies = new LatencyHistogram();

		private long calls;

		private long errors;

		private final CountDownLatch released;

		private final Thread thread;

		Worker(Operation operation, CountDownLatch released, String name) {
			this.operation = operation;
			this.released = released;
			this.thread = new Thread(this, name);
			this.thread.setDaemon(true);
		}

		@Override
		public void run() {
			int current;
			while ((current = LoadDriver.this.phase) != STOP) {
				long start = System.nanoTime();
				boolean failed = false;
				try {
					this.operation.call();
				}
				catch (Exception ex) {
					failed = true;
				}
				long end = System.nanoTime();
				if (current == MEASURE) {
					if (failed) {
						this.errors++;
					}
					else {
						this.calls++;
						this.latencies.record(end - start);
					}
				}
			}
			try {
				this.released.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
