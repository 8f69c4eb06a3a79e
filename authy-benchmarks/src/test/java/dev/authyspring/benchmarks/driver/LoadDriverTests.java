package dev.authyspring.benchmarks.driver;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class LoadDriverTests {

	private static final Duration WARM_UP = Duration.ofMillis(100);

	private static final Duration MEASUREMENT = Duration.ofMillis(400);

	@Test
	void countsOnlyCallsThatStartInTheMeasurementInterval() throws Exception {
		AtomicLong total = new AtomicLong();
		LoadDriver driver = new LoadDriver(WARM_UP, MEASUREMENT, ConnectionCounter.NONE);
		LoadResult result = driver.run(() -> {
			total.incrementAndGet();
			LockSupport.parkNanos(1_000_000);
		}, 2);
		assertThat(result.calls()).isPositive().isLessThan(total.get());
		assertThat(result.elapsedNanos()).isBetween(MEASUREMENT.toNanos(), MEASUREMENT.toNanos() * 3);
		// Two threads each finishing a call about every millisecond.
		assertThat(result.callsPerSecond()).isBetween(300.0, 2_100.0);
		assertThat(result.latencies().count()).isEqualTo(result.calls());
		assertThat(result.latencies().percentile(50)).isGreaterThanOrEqualTo(1_000_000);
		assertThat(result.errors()).isZero();
		assertThat(result.newConnections()).isEqualTo(-1);
	}

	@Test
	void countsFailedCallsAsErrorsAndNotInLatencies() throws Exception {
		AtomicLong sequence = new AtomicLong();
		LoadDriver driver = new LoadDriver(WARM_UP, MEASUREMENT, ConnectionCounter.NONE);
		LoadResult result = driver.run(() -> {
			LockSupport.parkNanos(100_000);
			if (sequence.incrementAndGet() % 2 == 0) {
				throw new IllegalStateException("every other call fails");
			}
		}, 1);
		assertThat(result.errors()).isPositive();
		assertThat(result.calls()).isCloseTo(result.errors(), within(2L));
		assertThat(result.latencies().count()).isEqualTo(result.calls());
	}

	@Test
	void measuresCpuTimeOfTheWorkers() throws Exception {
		LoadDriver driver = new LoadDriver(WARM_UP, MEASUREMENT, ConnectionCounter.NONE);
		LoadResult result = driver.run(() -> {
			long end = System.nanoTime() + 200_000;
			while (System.nanoTime() < end) {
				Thread.onSpinWait();
			}
		}, 1);
		// Each call spins for 200 µs; preemption can only make CPU time smaller than wall
		// time.
		assertThat(result.cpuMicrosPerCall()).isBetween(50.0, 260.0);
	}

	@Test
	void measuresBytesAllocatedPerCall() throws Exception {
		LoadDriver driver = new LoadDriver(WARM_UP, MEASUREMENT, ConnectionCounter.NONE);
		LoadResult result = driver.run(() -> {
			byte[] buffer = new byte[10_000];
			buffer[buffer.length - 1] = 1;
			LockSupport.parkNanos(50_000);
		}, 2);
		assertThat(result.allocatedBytesPerCall()).isBetween(10_000.0, 14_000.0);
	}

	@Test
	void subtractsItsOwnReadingFromNewConnections() throws Exception {
		AtomicLong accepted = new AtomicLong(100);
		// Every reading of the counter is itself one connection.
		ConnectionCounter counter = () -> accepted.addAndGet(1);
		LoadDriver driver = new LoadDriver(Duration.ZERO, Duration.ofMillis(100), counter);
		LoadResult result = driver.run(() -> {
			accepted.incrementAndGet();
			LockSupport.parkNanos(1_000_000);
		}, 1);
		// Each call opened one connection; calls that started after the end are not
		// counted.
		assertThat(result.newConnections()).isBetween(result.calls() - 1, result.calls() + 1);
		assertThat(result.newConnectionsPerThousandCalls()).isBetween(900.0, 1100.0);
	}

	@Test
	void rejectsZeroThreadsAndEmptyMeasurement() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LoadDriver(WARM_UP, Duration.ZERO, ConnectionCounter.NONE));
		LoadDriver driver = new LoadDriver(WARM_UP, MEASUREMENT, ConnectionCounter.NONE);
		assertThatIllegalArgumentException().isThrownBy(() -> driver.run(() -> {
		}, 0));
	}

}
