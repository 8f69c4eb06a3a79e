package dev.authyspring.benchmarks.startup;

import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Starts a minimal web application once, in a fresh JVM, and prints how long the context
 * refresh took; run.sh starts it with and without the starter on the classpath.
 *
 * <p>
 * Refers to no class of the starter, so it runs on either classpath.
 */
public final class StartupTimer {

	private StartupTimer() {
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		long[] prepared = new long[1];
		long[] refreshed = new long[1];
		SpringApplication application = new SpringApplication(MinimalWebApp.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		application.setDefaultProperties(java.util.Map.of("spring.main.banner-mode", "off", "logging.level.root",
				"warn", "server.port", "0", "server.address", "127.0.0.1", "authy.api-key",
				"startup-api-key-0123456789abcdef"));
		application.addListeners((event) -> {
			if (event instanceof ApplicationPreparedEvent) {
				prepared[0] = System.nanoTime();
			}
			else if (event instanceof ContextRefreshedEvent) {
				refreshed[0] = System.nanoTime();
			}
		});
		ConfigurableApplicationContext context = application.run();
		long ready = System.nanoTime();
		boolean authy = context.containsBean("authyClient");
		int beans = context.getBeanDefinitionCount();
		context.close();
		System.out.println(String.format(Locale.ROOT, "refresh_ms=%.1f run_ms=%.1f beans=%d authy=%s",
				(refreshed[0] - prepared[0]) / 1e6, (ready - start) / 1e6, beans, authy));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalWebApp {

	}

}
