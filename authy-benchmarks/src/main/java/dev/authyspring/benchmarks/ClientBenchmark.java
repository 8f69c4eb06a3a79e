package dev.authyspring.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.authyspring.benchmarks.clients.BenchClients;
import dev.authyspring.benchmarks.driver.LoadResult;
import dev.authyspring.benchmarks.report.Cell;
import dev.authyspring.benchmarks.report.ClientReport;

/**
 * Runs every client against the stub server, each in a {@link ClientWorker} JVM of its
 * own, interleaved: for each operation and thread count, each round runs every client
 * once, in a rotated order, while the other workers wait.
 */
public final class ClientBenchmark {

	/** The worker arguments this JVM passes on unchanged. */
	private static final List<String> WORKER_ARGUMENTS = List.of("base-url", "api-key", "status-port", "operations",
			"prewarm-ms", "prewarm-max-ms", "warmup-ms", "measure-ms");

	/**
	 * Time a worker gets on top of the configured durations: JVM start, GC, the last
	 * calls; more than the minute a worker's load driver waits for its threads, so that a
	 * stuck call is reported by the worker rather than cut short here.
	 */
	private static final Duration ALLOWANCE = Duration.ofSeconds(90);

	private ClientBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Arguments arguments = new Arguments(args);
		List<String> ids = arguments.getList("clients", String.join(",", BenchClients.ids()));
		List<String> operations = arguments.getList("operations", ClientWorker.DEFAULT_OPERATIONS);
		List<Integer> threadCounts = arguments.getInts("threads", "1,4,16,64");
		int rounds = arguments.getInt("rounds", 1);
		// A worker's last pre-warm pass may start just before its limit.
		Duration preWarm = Duration.ofMillis(arguments.getInt("prewarm-max-ms", ClientWorker.DEFAULT_PREWARM_MAX_MS)
				+ (long) arguments.getInt("prewarm-ms", ClientWorker.DEFAULT_PREWARM_MS) * operations.size());
		Duration cell = Duration.ofMillis(arguments.getInt("warmup-ms", ClientWorker.DEFAULT_WARMUP_MS)
				+ arguments.getInt("measure-ms", ClientWorker.DEFAULT_MEASURE_MS));
		Path out = Path.of(arguments.get("out", "target/client-benchmark.md"));
		List<String> workerArguments = new ArrayList<>();
		for (String name : WORKER_ARGUMENTS) {
			arguments.find(name).ifPresent((value) -> workerArguments.add("--" + name + "=" + value));
		}

		ids.forEach(BenchClients::requireKnown);
		Map<String, ClientWorkerProcess> clients = new LinkedHashMap<>();
		try {
			// One at a time, so that no worker's warm-up competes with another's for the
			// two cores.
			for (String id : ids) {
				ClientWorkerProcess client = ClientWorkerProcess.start(id, workerArguments, preWarm.plus(ALLOWANCE));
				clients.put(id, client);
				log("started and pre-warmed %s", client.name());
			}
			List<String> raw = ids.stream()
				.filter(BenchClients::isRawBaseline)
				.map((id) -> Objects.requireNonNull(clients.get(id), id).name())
				.toList();
			String authyJava = clients.containsKey("authy-java") ? clients.get("authy-java").name() : "authy-java";
			String oursDefault = clients.containsKey(BenchClients.OURS_DEFAULT)
					? clients.get(BenchClients.OURS_DEFAULT).name() : "ours";
			ClientReport report = new ClientReport(raw, authyJava, oursDefault);

			List<ClientWorkerProcess> order = new ArrayList<>(clients.values());
			for (String operation : operations) {
				for (int threads : threadCounts) {
					for (int round = 0; round < rounds; round++) {
						for (ClientWorkerProcess client : order) {
							LoadResult result = client.run(operation, threads, cell.plus(ALLOWANCE));
							report.add(new Cell(operation, client.name(), threads), result);
							log("%-6s %2d threads %-40s %,9.0f calls/s  p99 %8.1f µs  cpu %6.1f µs  alloc %,8.0f B  conns/1k %6.2f  errors %d",
									operation, threads, client.name(), result.callsPerSecond(), result.p99Micros(),
									result.cpuMicrosPerCall(), result.allocatedBytesPerCall(),
									result.newConnectionsPerThousandCalls(), result.errors());
						}
						// Rotate so that no client always runs right after the same
						// neighbour.
						order.add(order.remove(0));
					}
				}
			}
			Files.createDirectories(out.toAbsolutePath().getParent());
			Files.writeString(out, report.render());
			log("wrote %s", out);
		}
		finally {
			for (ClientWorkerProcess client : clients.values()) {
				client.close();
			}
		}
	}

	static void log(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

}
