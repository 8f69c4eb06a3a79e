package dev.authyspring.benchmarks.startup;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures, in one fresh JVM, what the first start of the starter's part adds to a
 * context refresh once Spring Boot's own web start-up is warm.
 *
 * <p>
 * A cold JVM start scatters by a tenth of a second or more from run to run on a shared
 * machine, which buries a difference of a few tens of milliseconds. Here the minimal web
 * application is started several times first, without Boot's RestClient
 * auto-configurations and without {@code authy.api-key} (so the starter backs off); then
 * once with Boot's RestClient auto-configurations, cold for them; once more, warm; then
 * once with {@code authy.api-key}, cold for the starter's beans; once more, warm for
 * them. Each increment is the refresh time of a start less that of the warm start without
 * the starter. Prints one line:
 * {@code warm_ms=.. restclient_cold_ms=.. restclient_warm_ms=.. starter_cold_ms=.. starter_warm_ms=..}.
 *
 * <p>
 * With {@code --api-types-first}, the five API interfaces are loaded and their declared
 * methods read just before the starter's cold start, and the time that took is appended
 * as {@code api_types_ms=..}. Spring's {@code EventListenerMethodProcessor} reads the
 * methods of every bean's type, which loads every type in their signatures; it does so
 * for a lazy bean too, by its declared type. So this is the least that having those beans
 * adds to the starter's first start, whatever else the starter does. Refers to no class
 * of the starter: the interfaces are named.
 */
public final class IncrementalStartupTimer {

	/**
	 * Boot's auto-configurations from spring-boot-restclient and spring-boot-http-client.
	 */
	private static final List<String> REST_CLIENT_AUTO_CONFIGURATIONS = List.of(
			"org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
			"org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration",
			"org.springframework.boot.restclient.autoconfigure.RestTemplateAutoConfiguration",
			"org.springframework.boot.restclient.autoconfigure.RestTemplateObservationAutoConfiguration",
			"org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration",
			"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
			"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration",
			"org.springframework.boot.http.client.autoconfigure.metrics.HttpClientMetricsAutoConfiguration",
			"org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
			"org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration");

	/** The starter's API interfaces, the types of the beans an application injects. */
	static final List<String> API_TYPES = List.of("dev.authyspring.client.AuthyUsers",
			"dev.authyspring.client.AuthyTokens", "dev.authyspring.client.AuthyOneTouch",
			"dev.authyspring.client.AuthyPhones", "dev.authyspring.client.AuthyApps");

	/** Starts of the web application alone before the measured ones. */
	private static final int WARM_UP_STARTS = 4;

	private IncrementalStartupTimer() {
	}

	public static void main(String[] args) throws ClassNotFoundException {
		boolean apiTypesFirst = List.of(args).contains("--api-types-first");
		double warm = 0;
		for (int i = 0; i < WARM_UP_STARTS; i++) {
			warm = refreshMillis(false, false);
		}
		double restClientCold = refreshMillis(true, false);
		double restClientWarm = refreshMillis(true, false);
		String apiTypes = apiTypesFirst ? String.format(Locale.ROOT, " api_types_ms=%.2f", loadApiTypesMillis()) : "";
		double starterCold = refreshMillis(true, true);
		double starterWarm = refreshMillis(true, true);
		System.out.println(String.format(Locale.ROOT,
				"warm_ms=%.1f restclient_cold_ms=%.1f restclient_warm_ms=%.1f starter_cold_ms=%.1f starter_warm_ms=%.1f",
				warm, restClientCold, restClientWarm, starterCold, starterWarm) + apiTypes);
	}

	/**
	 * Loads the API interfaces and reads their declared methods, as Spring does for each
	 * API bean.
	 * @return the time it took
	 * @throws ClassNotFoundException if the starter is not on the classpath
	 */
	static double loadApiTypesMillis() throws ClassNotFoundException {
		ClassLoader classLoader = IncrementalStartupTimer.class.getClassLoader();
		long start = System.nanoTime();
		for (String name : API_TYPES) {
			Class.forName(name, false, classLoader).getDeclaredMethods();
		}
		return (System.nanoTime() - start) / 1e6;
	}

	private static double refreshMillis(boolean restClient, boolean authy) {
		Map<String, Object> properties = new HashMap<>();
		if (!restClient) {
			properties.put("spring.autoconfigure.exclude", String.join(",", REST_CLIENT_AUTO_CONFIGURATIONS));
		}
		if (authy) {
			properties.put("authy.api-key", MinimalWebApplication.API_KEY);
		}
		MinimalWebApplication.Timed timed = MinimalWebApplication.create(properties);
		try (ConfigurableApplicationContext context = timed.application().run()) {
			if (context.containsBean("authyClient") != authy) {
				throw new IllegalStateException("expected the Authy beans " + (authy ? "" : "not ") + "to be there");
			}
		}
		return timed.clock().refreshMillis();
	}

}
