package dev.authyspring.benchmarks.startup;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts a minimal web application once, in a fresh JVM, and prints how long the context
 * refresh took; run.sh starts it with and without the starter on the classpath.
 *
 * <p>
 * With {@code --breakdown}, records the refresh with a
 * {@link BufferingApplicationStartup} and also prints, for every bean, the time its
 * instantiation took without the beans it pulled in (recording costs time itself, so such
 * runs are not timed runs). Refers to no class of the starter, so it runs on either
 * classpath.
 */
public final class StartupTimer {

	private static final String INSTANTIATE = "spring.beans.instantiate";

	private StartupTimer() {
	}

	public static void main(String[] args) {
		boolean breakdown = args.length > 0 && args[0].equals("--breakdown");
		long start = System.nanoTime();
		MinimalWebApplication.Timed timed = MinimalWebApplication
			.create(Map.of("authy.api-key", MinimalWebApplication.API_KEY));
		BufferingApplicationStartup startup = breakdown ? new BufferingApplicationStartup(100_000) : null;
		if (startup != null) {
			timed.application().setApplicationStartup(startup);
		}
		ConfigurableApplicationContext context = timed.application().run();
		long ready = System.nanoTime();
		boolean authy = context.containsBean("authyClient");
		int beans = context.getBeanDefinitionCount();
		context.close();
		System.out.println(String.format(Locale.ROOT,
				"refresh_ms=%.1f refresh_cpu_ms=%.1f run_ms=%.1f beans=%d authy=%s", timed.clock().refreshMillis(),
				timed.clock().refreshCpuMillis(), (ready - start) / 1e6, beans, authy));
		if (startup != null) {
			printBeanSelfTimes(startup.getBufferedTimeline().getEvents());
		}
	}

	/**
	 * Prints {@code bean=<name> self_ms=<ms>} for every bean instantiated: the time of
	 * its instantiation step less that of the instantiation steps nested in it.
	 */
	private static void printBeanSelfTimes(List<TimelineEvent> events) {
		Map<Long, Duration> nested = new HashMap<>();
		for (TimelineEvent event : events) {
			StartupStep step = event.getStartupStep();
			if (step.getName().equals(INSTANTIATE) && step.getParentId() != null) {
				nested.merge(step.getParentId(), event.getDuration(), Duration::plus);
			}
		}
		for (TimelineEvent event : events) {
			StartupStep step = event.getStartupStep();
			if (!step.getName().equals(INSTANTIATE)) {
				continue;
			}
			Duration self = event.getDuration().minus(nested.getOrDefault(step.getId(), Duration.ZERO));
			String name = "?";
			for (StartupStep.Tag tag : step.getTags()) {
				if (tag.getKey().equals("beanName")) {
					name = tag.getValue();
				}
			}
			System.out.println(String.format(Locale.ROOT, "bean=%s self_ms=%.2f", name, self.toNanos() / 1e6));
		}
	}

}
