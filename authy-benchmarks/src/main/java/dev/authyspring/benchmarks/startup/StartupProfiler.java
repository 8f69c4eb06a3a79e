package dev.authyspring.benchmarks.startup;

import java.util.Locale;
import java.util.Map;

import one.profiler.AsyncProfiler;
import one.profiler.Counter;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Starts the minimal web application once, in a fresh JVM, samples the CPU time of its
 * context refresh with async-profiler, and prints it split by {@link StartupCost}: where
 * the starter's start-up time goes, which wall-clock differences between JVMs are too
 * scattered to show. Refers to no class of the starter, so it runs on any of the timed
 * classpaths.
 *
 * <p>
 * Prints one line, {@code profile total_ms=.. starter_code_ms=.. ...}, in milliseconds of
 * sampled CPU time of the thread that runs the refresh (1 ms per sample).
 */
public final class StartupProfiler {

	private static final long INTERVAL_NANOS = 1_000_000;

	private StartupProfiler() {
	}

	public static void main(String[] args) throws Exception {
		AsyncProfiler profiler = AsyncProfiler.getInstance();
		MinimalWebApplication.Timed timed = MinimalWebApplication
			.create(Map.of("authy.api-key", MinimalWebApplication.API_KEY));
		String[] collapsed = new String[1];
		timed.application().addListeners((event) -> {
			try {
				if (event instanceof ApplicationPreparedEvent) {
					profiler.execute("start,event=cpu,interval=" + INTERVAL_NANOS + ",threads");
				}
				else if (event instanceof ContextRefreshedEvent) {
					profiler.execute("stop");
					collapsed[0] = profiler.dumpCollapsed(Counter.SAMPLES);
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException("async-profiler failed: " + ex.getMessage(), ex);
			}
		});
		String thread = Thread.currentThread().getName();
		try (ConfigurableApplicationContext context = timed.application().run()) {
			if (collapsed[0] == null) {
				throw new IllegalStateException("the refresh was not profiled");
			}
		}
		System.out.println(StartupCost.format(StartupCost.split(collapsed[0], thread), INTERVAL_NANOS / 1e6)
				+ String.format(Locale.ROOT, " refresh_ms=%.1f", timed.clock().refreshMillis()));
	}

}
