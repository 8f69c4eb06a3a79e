package dev.authyspring.benchmarks.clients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The clients the benchmark can run, by id.
 */
public final class BenchClients {

	/**
	 * Id of our client with the HTTP client it picks on the starter's own classpath,
	 * without Apache HttpClient 5 (which this module has, for the http-components runs).
	 */
	public static final String OURS_DEFAULT = "ours-default";

	/**
	 * Id of raw {@code HttpURLConnection} without timeouts: shown for what timeouts cost,
	 * not a baseline of the targets, since a client without them breaks the project's
	 * rules.
	 */
	public static final String RAW_WITHOUT_TIMEOUTS = "raw-huc-no-timeouts";

	/**
	 * Id of authy-java with {@code HttpURLConnection}'s JVM-wide timeouts set to those of
	 * the raw baseline: shown to compare clients that all have timeouts, not a baseline
	 * of the targets, which compare with authy-java as it ships.
	 */
	public static final String AUTHY_JAVA_WITH_TIMEOUTS = "authy-java-timeouts";

	private static final Map<String, Function<StubApi, BenchClient>> FACTORIES = new LinkedHashMap<>();

	static {
		FACTORIES.put("raw-huc", (api) -> new RawUrlConnectionClient(api, true));
		FACTORIES.put(RAW_WITHOUT_TIMEOUTS, (api) -> new RawUrlConnectionClient(api, false));
		FACTORIES.put("raw-jdk", RawJdkHttpClient::new);
		FACTORIES.put("authy-java", (api) -> new AuthyJavaClient(api, false));
		FACTORIES.put(AUTHY_JAVA_WITH_TIMEOUTS, (api) -> new AuthyJavaClient(api, true));
		FACTORIES.put(OURS_DEFAULT, (api) -> new OursClient(api, null, "ours, default (http-components)"));
		FACTORIES.put("ours-simple", (api) -> new OursClient(api, "simple", "ours, simple (the default before)"));
		FACTORIES.put("ours-jdk", (api) -> new OursClient(api, "jdk", "ours, jdk"));
		FACTORIES.put("ours-http-components", (api) -> new OursClient(api, "http-components", "ours, http-components"));
		FACTORIES.put("ours-jetty", (api) -> new OursClient(api, "jetty", "ours, jetty"));
	}

	private BenchClients() {
	}

	/**
	 * Creates a client.
	 * @param id its id, see {@link #ids()}
	 * @param api the stub
	 * @return the client
	 */
	public static BenchClient create(String id, StubApi api) {
		requireKnown(id);
		return Objects.requireNonNull(FACTORIES.get(id), id).apply(api);
	}

	/**
	 * Checks a client id.
	 * @param id the id
	 * @throws IllegalArgumentException if there is no such client
	 */
	public static void requireKnown(String id) {
		if (!FACTORIES.containsKey(id)) {
			throw new IllegalArgumentException("unknown client '" + id + "', known: " + FACTORIES.keySet());
		}
	}

	public static Iterable<String> ids() {
		return FACTORIES.keySet();
	}

	/**
	 * The options a client's JVM must be started with.
	 * @param id the client's id
	 * @return the JVM options, often none
	 */
	public static List<String> jvmOptions(String id) {
		requireKnown(id);
		return id.equals(AUTHY_JAVA_WITH_TIMEOUTS) ? AuthyJavaClient.TIMEOUT_OPTIONS : List.of();
	}

	/**
	 * Whether a client is one of the raw baselines the targets compare with.
	 * @param id the client's id
	 * @return {@code true} for raw HttpURLConnection and the raw JDK HttpClient
	 */
	public static boolean isRawBaseline(String id) {
		return id.startsWith("raw-") && !id.equals(RAW_WITHOUT_TIMEOUTS);
	}

}
