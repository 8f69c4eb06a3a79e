package dev.authyspring.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * The minimal web application the start-up benchmarks start, and a clock for its context
 * refresh.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
class MinimalWebApplication {

	/** The API key the timers set when the starter is to be active. */
	static final String API_KEY = "startup-api-key-0123456789abcdef";

	/**
	 * Creates the application: a servlet web application on a random loopback port,
	 * quiet.
	 * @param properties further default properties
	 * @return the application and the clock of its refresh
	 */
	static Timed create(Map<String, Object> properties) {
		SpringApplication application = new SpringApplication(MinimalWebApplication.class);
		// Names the AOT-generated initializer to use with spring.aot.enabled=true; the
		// timers' own main classes would not have one.
		application.setMainApplicationClass(MinimalWebApplication.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		Map<String, Object> defaults = new HashMap<>(Map.of("spring.main.banner-mode", "off", "logging.level.root",
				"warn", "server.port", "0", "server.address", "127.0.0.1"));
		defaults.putAll(properties);
		application.setDefaultProperties(defaults);
		RefreshClock clock = new RefreshClock();
		application.addListeners((event) -> {
			if (event instanceof ApplicationPreparedEvent) {
				clock.prepared();
			}
			else if (event instanceof ContextRefreshedEvent) {
				clock.refreshed();
			}
		});
		return new Timed(application, clock);
	}

	/**
	 * Starts the application with the starter active, for Spring Boot's
	 * {@code SpringApplicationAotProcessor}, which generates the AOT-processed variant
	 * from it (run.sh); conditions are decided then, on the classpath it runs on.
	 * @param args application arguments
	 */
	public static void main(String[] args) {
		create(Map.of("authy.api-key", API_KEY)).application().run(args);
	}

	/** An application and the clock of its refresh. */
	record Timed(SpringApplication application, RefreshClock clock) {
	}

	/**
	 * Wall and main-thread CPU time from {@code ApplicationPreparedEvent} to
	 * {@code ContextRefreshedEvent}. The refresh runs on the thread that started the
	 * application, so its CPU time is the refresh's own work, less exposed than wall time
	 * to what else the machine does.
	 */
	static final class RefreshClock {

		private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

		private long preparedNanos;

		private long preparedCpuNanos;

		private long refreshedNanos;

		private long refreshedCpuNanos;

		void prepared() {
			this.preparedNanos = System.nanoTime();
			this.preparedCpuNanos = this.threads.getCurrentThreadCpuTime();
		}

		void refreshed() {
			this.refreshedNanos = System.nanoTime();
			this.refreshedCpuNanos = this.threads.getCurrentThreadCpuTime();
		}

		double refreshMillis() {
			return (this.refreshedNanos - this.preparedNanos) / 1e6;
		}

		double refreshCpuMillis() {
			return (this.refreshedCpuNanos - this.preparedCpuNanos) / 1e6;
		}

	}

}
