package dev.authyspring.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.authyspring.benchmarks.clients.BenchClient;
import dev.authyspring.benchmarks.clients.BenchClients;
import dev.authyspring.benchmarks.clients.StubApi;
import dev.authyspring.benchmarks.driver.ConnectionCounter;
import dev.authyspring.benchmarks.driver.LoadDriver;
import dev.authyspring.benchmarks.driver.LoadResult;
import dev.authyspring.benchmarks.driver.NginxStubStatus;
import dev.authyspring.benchmarks.report.Cell;
import dev.authyspring.benchmarks.report.ClientReport;

/**
 * Runs every client against the stub server, interleaved: for each operation and thread
 * count, each round runs every client once, in a rotated order.
 */
public final class ClientBenchmark {

	private ClientBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Arguments arguments = new Arguments(args);
		StubApi api = new StubApi(arguments.get("base-url", "http://127.0.0.1:18080"),
				arguments.get("api-key", "bench-api-key-0123456789abcdef"));
		int statusPort = arguments.getInt("status-port", 18081);
		ConnectionCounter connections = (statusPort > 0) ? new NginxStubStatus("127.0.0.1", statusPort, "/nginx_status")
				: ConnectionCounter.NONE;
		List<String> ids = arguments.getList("clients", String.join(",", BenchClients.ids()));
		List<String> operations = arguments.getList("operations", "verify,status");
		List<Integer> threadCounts = arguments.getInts("threads", "1,4,16,64");
		int rounds = arguments.getInt("rounds", 1);
		Duration preWarm = Duration.ofMillis(arguments.getInt("prewarm-ms", 3000));
		LoadDriver driver = new LoadDriver(Duration.ofMillis(arguments.getInt("warmup-ms", 3000)),
				Duration.ofMillis(arguments.getInt("measure-ms", 5000)), connections);
		Path out = Path.of(arguments.get("out", "target/client-benchmark.md"));

		Map<String, BenchClient> clients = new LinkedHashMap<>();
		for (String id : ids) {
			BenchClient client = BenchClients.create(id, api);
			checkWorks(client);
			clients.put(id, client);
			log("created %s", client.name());
		}
		List<String> raw = ids.stream().filter(BenchClients::isRawBaseline).map((id) -> clients.get(id).name()).toList();
		String authyJava = clients.containsKey("authy-java") ? clients.get("authy-java").name() : "authy-java";
		String oursDefault = clients.containsKey(BenchClients.OURS_DEFAULT)
				? clients.get(BenchClients.OURS_DEFAULT).name() : "ours";
		ClientReport report = new ClientReport(raw, authyJava, oursDefault);

		// JIT warm-up of every code path before any cell, so the first cells are not penalised.
		LoadDriver preWarmDriver = new LoadDriver(Duration.ZERO, preWarm, ConnectionCounter.NONE);
		for (BenchClient client : clients.values()) {
			for (String operation : operations) {
				preWarmDriver.run(operation(client, operation), 4);
			}
			log("pre-warmed %s", client.name());
		}

		List<BenchClient> order = new ArrayList<>(clients.values());
		for (String operation : operations) {
			for (int threads : threadCounts) {
				for (int round = 0; round < rounds; round++) {
					for (BenchClient client : order) {
						System.gc();
						LoadResult result = driver.run(operation(client, operation), threads);
						report.add(new Cell(operation, client.name(), threads), result);
						log("%-6s %2d threads %-40s %,9.0f calls/s  p99 %8.1f µs  cpu %6.1f µs  alloc %,8.0f B  conns/1k %6.2f  errors %d",
								operation, threads, client.name(), result.callsPerSecond(), result.p99Micros(),
								result.cpuMicrosPerCall(), result.allocatedBytesPerCall(),
								result.newConnectionsPerThousandCalls(), result.errors());
					}
					// Rotate so that no client always runs right after the same neighbour.
					order.add(order.remove(0));
				}
			}
		}
		for (BenchClient client : clients.values()) {
			client.close();
		}
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, report.render());
		log("wrote %s", out);
		// Whatever non-daemon threads a client library leaves behind must not keep this JVM alive.
		System.exit(0);
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

	static void log(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

}
