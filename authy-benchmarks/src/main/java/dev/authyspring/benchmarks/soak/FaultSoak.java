package dev.authyspring.benchmarks.soak;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.authyspring.benchmarks.Arguments;
import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.CallbackMethod;
import dev.authyspring.simulator.Endpoint;
import dev.authyspring.simulator.SimulatorOptions;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The fault soak: simulated two-factor logins (password, then a push, an SMS code, a
 * voice code or an authenticator code) through the Authy factor of a real web
 * application, against {@code authy-simulator}, with a share of the Authy requests and
 * callbacks faulted. Checks that every login ends in a definite state within the time
 * bound, that the simulator received no SMS, call, push or verification twice, and that
 * no callback event was lost or published twice.
 *
 * <pre>
 * java -cp ... dev.authyspring.benchmarks.soak.FaultSoak --logins=10000 --threads=8 --fault-rate=0.1 --out=docs/reliability.md
 * </pre>
 */
public final class FaultSoak {

	/** The second-step methods, in turn. */
	enum Method {

		SMS, CALL, TOTP, PUSH

	}

	private final Settings settings;

	private final AuthySimulator simulator;

	private final ConfigurableApplicationContext application;

	private final SoakFaults faults;

	private final SoakCallbacks callbacks = new SoakCallbacks();

	private final SoakLogins loginFlow;

	private final long[] authyIds;

	private final Object[] userLocks;

	private FaultSoak(Settings settings) {
		this.settings = settings;
		this.simulator = AuthySimulator.start(SimulatorOptions.builder().build());
		this.application = new SpringApplicationBuilder(SoakApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=error",
				"--authy.api-key=" + this.simulator.apiKey(), "--authy.base-url=" + this.simulator.baseUrl(),
				"--authy.read-timeout=" + settings.readTimeout().toMillis() + "ms", "--authy.connect-timeout=1s",
				"--authy.call-timeout=" + settings.callTimeout().toMillis() + "ms",
				"--authy.retry.initial-backoff=20ms", "--authy.onetouch.callback.enabled=true",
				"--authy.security.resend-interval=0s", "--authy.security.push.poll-interval=200ms",
				"--authy.security.max-code-attempts=5", "--management.endpoints.enabled-by-default=false");
		int port = Objects
			.requireNonNull(((WebServerApplicationContext) this.application).getWebServer(), "the sample's web server")
			.getPort();
		String baseUrl = "http://127.0.0.1:" + port;
		this.simulator.callbackUrl(baseUrl + "/authy/onetouch/callback", CallbackMethod.POST);
		this.faults = new SoakFaults(this.simulator::injectFault, settings.faultRate(), settings.readTimeout());
		this.loginFlow = new SoakLogins(this.simulator, baseUrl, this.faults, this.callbacks, settings.timeBound());
		this.authyIds = new long[settings.users()];
		this.userLocks = new Object[settings.users()];
		for (int i = 0; i < settings.users(); i++) {
			this.authyIds[i] = this.simulator.registerUser("soak" + i + "@example.com", 1,
					String.format("2%08d1", 10_000_000 + i));
			this.userLocks[i] = new Object();
			if (i % 4 == Method.TOTP.ordinal()) {
				this.simulator.installApp(this.authyIds[i]);
			}
		}
	}

	/**
	 * Runs a soak.
	 * @param settings its settings
	 * @return what happened
	 */
	public static SoakReport run(Settings settings) throws Exception {
		FaultSoak soak = new FaultSoak(settings);
		try {
			return soak.run();
		}
		finally {
			soak.application.close();
			soak.simulator.close();
		}
	}

	private SoakReport run() throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(this.settings.threads());
		List<Future<LoginResult>> logins = new ArrayList<>();
		long started = System.nanoTime();
		try {
			for (int i = 0; i < this.settings.logins(); i++) {
				int login = i;
				logins.add(executor.submit(() -> login(login)));
			}
			List<LoginResult> results = new ArrayList<>();
			for (Future<LoginResult> login : logins) {
				results.add(login.get(5, TimeUnit.MINUTES));
			}
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			return report(results, elapsed);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private LoginResult login(int index) {
		// A user's logins follow one another, as one person's do; the method is the
		// user's.
		int user = index % this.authyIds.length;
		synchronized (this.userLocks[user]) {
			SplittableRandom random = new SplittableRandom(this.settings.seed() * 1_000_003L + index);
			Method method = Method.values()[user % Method.values().length];
			long start = System.nanoTime();
			String outcome = this.loginFlow.logIn(this.authyIds[user], method, random);
			return new LoginResult(method, outcome, Duration.ofNanos(System.nanoTime() - start));
		}
	}

	private SoakReport report(List<LoginResult> logins, Duration elapsed) throws Exception {
		// The deliveries end first, so that the simulator's counts below include every
		// callback and its faults.
		SoakApplication application = this.application.getBean(SoakApplication.class);
		SoakCallbacks.Tally tally = this.callbacks.tally(application.callbackEvents);
		Map<Endpoint, long[]> requests = new EnumMap<>(Endpoint.class);
		for (Endpoint endpoint : new Endpoint[] { Endpoint.SMS, Endpoint.CALL, Endpoint.CREATE_APPROVAL_REQUEST,
				Endpoint.VERIFY_TOKEN }) {
			long received = this.simulator.requestsReceived(endpoint);
			requests.put(endpoint, new long[] { this.faults.made(endpoint), received });
		}
		long apiRequests = 0;
		for (Endpoint endpoint : Endpoint.values()) {
			if (endpoint != Endpoint.ANY && endpoint != Endpoint.CALLBACK) {
				apiRequests += this.simulator.requestsReceived(endpoint);
			}
		}
		return new SoakReport(this.settings, logins, elapsed, this.faults.injected(), this.simulator.faultsApplied(),
				apiRequests, this.callbacks.size(), requests, tally.delivered(), tally.undelivered(), tally.lost(),
				tally.duplicatedEvents());
	}

	public static void main(String[] args) throws Exception {
		Arguments arguments = new Arguments(args);
		Settings settings = Settings.defaults()
			.withLogins(arguments.getInt("logins", 10_000))
			.withThreads(arguments.getInt("threads", 8))
			.withFaultRate(Double.parseDouble(arguments.get("fault-rate", "0.1")));
		SoakReport report = run(settings);
		String markdown = report.markdown();
		System.out.println(markdown);
		String out = arguments.get("out", "");
		if (!out.isEmpty()) {
			Files.writeString(Path.of(out), markdown, StandardCharsets.UTF_8);
		}
		System.exit(report.failures().isEmpty() ? 0 : 1);
	}

	/**
	 * One login of the soak.
	 *
	 * @param method how the second step was taken
	 * @param outcome {@code logged_in}, or the typed error the application showed
	 * @param duration from the password to the outcome
	 */
	record LoginResult(Method method, String outcome, Duration duration) {

	}

	/**
	 * What a soak runs.
	 *
	 * @param logins how many logins
	 * @param users over how many users, each logging in one login at a time
	 * @param threads how many logins at once
	 * @param faultRate the share of Authy requests and callbacks faulted
	 * @param seed of the random choices
	 * @param readTimeout the application's read timeout to Authy
	 * @param callTimeout the application's call timeout to Authy
	 * @param timeBound the longest a login may take
	 */
	public record Settings(int logins, int users, int threads, double faultRate, long seed, Duration readTimeout,
			Duration callTimeout, Duration timeBound) {

		/**
		 * 10,000 logins over 2,500 users, 8 at once, 10 % faults, 300 ms read timeout.
		 */
		public static Settings defaults() {
			return new Settings(10_000, usersFor(10_000), 8, 0.1, 42, Duration.ofMillis(300), Duration.ofSeconds(1),
					Duration.ofSeconds(10));
		}

		/**
		 * Enough users that one user's logins lie minutes apart: an authenticator code
		 * accepted once is refused as used recently within its 30 s step, as Authy does.
		 */
		private static int usersFor(int logins) {
			return Math.max(1, Math.min(logins, 2_500));
		}

		public Settings withLogins(int logins) {
			return new Settings(logins, usersFor(logins), this.threads, this.faultRate, this.seed, this.readTimeout,
					this.callTimeout, this.timeBound);
		}

		public Settings withThreads(int threads) {
			return new Settings(this.logins, this.users, threads, this.faultRate, this.seed, this.readTimeout,
					this.callTimeout, this.timeBound);
		}

		public Settings withFaultRate(double faultRate) {
			return new Settings(this.logins, this.users, this.threads, faultRate, this.seed, this.readTimeout,
					this.callTimeout, this.timeBound);
		}

	}

}
