package dev.authyspring.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.authyspring.benchmarks.clients.BenchClient;
import dev.authyspring.benchmarks.clients.BenchClients;
import dev.authyspring.benchmarks.clients.StubApi;
import dev.authyspring.benchmarks.driver.ConnectionCounter;
import dev.authyspring.benchmarks.driver.LoadDriver;
import dev.authyspring.benchmarks.driver.LoadResult;
import dev.authyspring.benchmarks.driver.NginxStubStatus;

/**
 * Holds one client in a JVM of its own and measures it whenever {@link ClientBenchmark}
 * asks.
 *
 * <p>
 * An application has one HTTP client stack; with all clients in one JVM, the Spring code
 * that our variants share is compiled for all of them at once and each pays for the
 * others. Protocol, a line at a time: the worker creates its client, checks that it
 * works, warms it up and writes {@code worker-ready <name>}; then, for every
 * {@code run <operation> <threads>} it reads, it measures one cell and writes
 * {@code worker-result <result>}; {@code quit} or the end of its input closes the client
 * and ends the JVM. Anything else it writes is passed on as a log line.
 */
public final class ClientWorker {

	static final String READY = "worker-ready ";

	static final String RESULT = "worker-result ";

	static final String RUN = "run ";

	static final String QUIT = "quit";

	// Defaults of the arguments that ClientBenchmark also reads, for its timeouts.

	static final String DEFAULT_OPERATIONS = "verify,status";

	static final int DEFAULT_PREWARM_MS = 3000;

	static final int DEFAULT_PREWARM_MAX_MS = 60000;

	static final int DEFAULT_WARMUP_MS = 3000;

	static final int DEFAULT_MEASURE_MS = 5000;

	private ClientWorker() {
	}

	public static void main(String[] args) {
		try {
			work(new Arguments(args));
		}
		catch (Throwable ex) {
			// Ended here, not by the end of main: a client library's non-daemon threads
			// would keep the JVM alive, and the benchmark would wait for an answer until
			// its timeout.
			ex.printStackTrace();
			System.exit(1);
		}
		// Whatever non-daemon threads a client library leaves behind must not keep this
		// JVM alive.
		System.exit(0);
	}

	private static void work(Arguments arguments) throws Exception {
		StubApi api = new StubApi(arguments.get("base-url", "http://127.0.0.1:18080"),
				arguments.get("api-key", "bench-api-key-0123456789abcdef"));
		int statusPort = arguments.getInt("status-port", 18081);
		ConnectionCounter connections = (statusPort > 0) ? new NginxStubStatus("127.0.0.1", statusPort, "/nginx_status")
				: ConnectionCounter.NONE;
		List<String> operations = arguments.getList("operations", DEFAULT_OPERATIONS);
		LoadDriver driver = new LoadDriver(Duration.ofMillis(arguments.getInt("warmup-ms", DEFAULT_WARMUP_MS)),
				Duration.ofMillis(arguments.getInt("measure-ms", DEFAULT_MEASURE_MS)), connections);
		PrintStream out = System.out;

		BenchClient client = BenchClients.create(arguments.get("client", "raw-huc"), api);
		checkWorks(client);
		preWarm(client, operations, out, Duration.ofMillis(arguments.getInt("prewarm-ms", DEFAULT_PREWARM_MS)),
				Duration.ofMillis(arguments.getInt("prewarm-max-ms", DEFAULT_PREWARM_MAX_MS)));
		out.println(READY + client.name());
		out.flush();

		BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String command = commands.readLine(); command != null
				&& !command.equals(QUIT); command = commands.readLine()) {
			String[] parts = command.split(" ");
			if (!command.startsWith(RUN) || parts.length != 3) {
				throw new IllegalArgumentException("expected 'run <operation> <threads>', got '" + command + "'");
			}
			System.gc();
			LoadResult result = driver.run(operation(client, parts[1]), Integer.parseInt(parts[2]));
			out.println(RESULT + result.toText());
			out.flush();
		}
		client.close();
	}

	/**
	 * Runs both operations in passes until the JIT compiler is quiet: a fresh JVM that
	 * starts measuring while C2 still compiles the client's code, on two busy cores,
	 * measures partly interpreted code. A pass is quiet when the compiler used less than
	 * 2 % of it.
	 */
	private static void preWarm(BenchClient client, List<String> operations, PrintStream log, Duration perOperation,
			Duration max) throws InterruptedException {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		LoadDriver driver = new LoadDriver(Duration.ZERO, perOperation, ConnectionCounter.NONE);
		long start = System.nanoTime();
		int passes = 0;
		long compiling;
		do {
			long compiledBefore = jit.getTotalCompilationTime();
			long passStart = System.nanoTime();
			for (String operation : operations) {
				driver.run(operation(client, operation), 4);
			}
			passes++;
			compiling = jit.getTotalCompilationTime() - compiledBefore;
			long passMillis = (System.nanoTime() - passStart) / 1_000_000;
			if (compiling * 50 < passMillis) {
				break;
			}
		}
		while (System.nanoTime() - start < max.toNanos());
		log.printf(Locale.ROOT, "%s: pre-warmed in %d passes, %.1f s, JIT %d ms in the last pass%n", client.name(),
				passes, (System.nanoTime() - start) / 1e9, compiling);
	}

	private static LoadDriver.Operation operation(BenchClient client, String operation) {
		return switch (operation) {
			case "verify" -> () -> client.verify(StubApi.AUTHY_ID, StubApi.TOKEN);
			case "status" -> () -> client.status(StubApi.AUTHY_ID);
			default -> throw new IllegalArgumentException("unknown operation '" + operation + "'");
		};
	}

	private static void checkWorks(BenchClient client) throws Exception {
		if (!client.verify(StubApi.AUTHY_ID, StubApi.TOKEN)) {
			throw new IllegalStateException(client.name() + " did not see a valid token");
		}
		if (client.status(StubApi.AUTHY_ID) == null) {
			throw new IllegalStateException(client.name() + " returned no status");
		}
	}

}
