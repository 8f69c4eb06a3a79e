package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.authyspring.benchmarks.driver.LoadResult;

import static dev.authyspring.benchmarks.report.MarkdownTable.number;
import static dev.authyspring.benchmarks.report.MarkdownTable.ratio;

/**
 * Results of the client benchmark, rendered as tables, ratios and the issue's targets.
 */
public final class ClientReport {

	/** Least throughput of ours relative to the fastest raw baseline at 16 threads. */
	static final double MIN_THROUGHPUT_VS_RAW = 0.85;

	/** Most CPU per call of ours relative to the fastest raw baseline. */
	static final double MAX_CPU_VS_RAW = 1.3;

	static final int TARGET_THREADS = 16;

	private final Map<Cell, LoadResult> results = new LinkedHashMap<>();

	private final List<String> rawBaselines;

	private final String authyJava;

	private final String oursDefault;

	/**
	 * Creates an empty report.
	 * @param rawBaselines names of the raw baselines
	 * @param authyJava name of the authy-java client
	 * @param oursDefault name of our client with its default HTTP client
	 */
	public ClientReport(List<String> rawBaselines, String authyJava, String oursDefault) {
		this.rawBaselines = List.copyOf(rawBaselines);
		this.authyJava = authyJava;
		this.oursDefault = oursDefault;
	}

	/**
	 * Adds a measurement; measurements of the same cell from several rounds are combined.
	 * @param cell the cell
	 * @param result its result
	 */
	public void add(Cell cell, LoadResult result) {
		this.results.merge(cell, result, LoadResult::plus);
	}

	public Optional<LoadResult> get(String operation, String client, int threads) {
		return Optional.ofNullable(this.results.get(new Cell(operation, client, threads)));
	}

	List<String> clients() {
		return this.results.keySet().stream().map(Cell::client).distinct().toList();
	}

	List<Integer> threadCounts() {
		return this.results.keySet().stream().map(Cell::threads).distinct().sorted().toList();
	}

	List<String> operations() {
		return this.results.keySet().stream().map(Cell::operation).distinct().toList();
	}

	/**
	 * Returns the raw baseline with the most calls per second for an operation and thread
	 * count.
	 * @param operation the operation
	 * @param threads the thread count
	 * @return its name, empty if no baseline was measured there
	 */
	public Optional<String> fastestRaw(String operation, int threads) {
		String fastest = null;
		double best = -1;
		for (String raw : this.rawBaselines) {
			Optional<LoadResult> result = get(operation, raw, threads);
			if (result.isPresent() && result.get().callsPerSecond() > best) {
				best = result.get().callsPerSecond();
				fastest = raw;
			}
		}
		return Optional.ofNullable(fastest);
	}

	/**
	 * Checks the issue's targets for one of our clients.
	 * @param ours the client's name
	 * @return one line per check
	 */
	public List<TargetCheck> targets(String ours) {
		List<TargetCheck> checks = new ArrayList<>();
		for (String operation : operations()) {
			fastestRaw(operation, TARGET_THREADS).ifPresent((raw) -> {
				double value = relative(operation, ours, raw, TARGET_THREADS, LoadResult::callsPerSecond);
				checks.add(new TargetCheck(operation + ": throughput vs " + raw + " at 16 threads", value,
						">= " + MIN_THROUGHPUT_VS_RAW, value >= MIN_THROUGHPUT_VS_RAW));
			});
			for (int threads : threadCounts()) {
				double value = relative(operation, ours, this.authyJava, threads, LoadResult::callsPerSecond);
				checks.add(new TargetCheck(operation + ": throughput vs authy-java at " + threads + " threads", value,
						">= 1.00", value >= 1.0));
			}
			for (int threads : threadCounts()) {
				Optional<String> raw = fastestRaw(operation, threads);
				if (raw.isPresent()) {
					double value = relative(operation, ours, raw.get(), threads, LoadResult::cpuMicrosPerCall);
					checks.add(new TargetCheck(
							operation + ": CPU per call vs " + raw.get() + " at " + threads + " threads", value,
							"<= " + MAX_CPU_VS_RAW, value <= MAX_CPU_VS_RAW));
				}
			}
			if (operation.equals("verify")) {
				for (int threads : threadCounts()) {
					double value = relative(operation, ours, this.authyJava, threads,
							LoadResult::allocatedBytesPerCall);
					checks.add(new TargetCheck(
							operation + ": allocation per call vs authy-java at " + threads + " threads", value,
							"<= 1.00", value <= 1.0));
				}
			}
		}
		return checks;
	}

	private double relative(String operation, String client, String reference, int threads,
			java.util.function.ToDoubleFunction<LoadResult> metric) {
		Optional<LoadResult> mine = get(operation, client, threads);
		Optional<LoadResult> theirs = get(operation, reference, threads);
		if (mine.isEmpty() || theirs.isEmpty() || metric.applyAsDouble(theirs.get()) <= 0) {
			return Double.NaN;
		}
		return metric.applyAsDouble(mine.get()) / metric.applyAsDouble(theirs.get());
	}

	/**
	 * Renders the tables of one operation.
	 * @param operation the operation
	 * @return Markdown
	 */
	public String resultsTable(String operation) {
		MarkdownTable table = new MarkdownTable("client", ">threads", ">calls/s", ">p50 µs", ">p99 µs", ">CPU µs/call",
				">process CPU µs/call", ">alloc B/call", ">new conns/1k calls", ">errors");
		for (int threads : threadCounts()) {
			for (String client : clients()) {
				get(operation, client, threads)
					.ifPresent((r) -> table.row(client, threads, number(r.callsPerSecond()), number(r.p50Micros()),
							number(r.p99Micros()), number(r.cpuMicrosPerCall()), number(r.processCpuMicrosPerCall()),
							number(r.allocatedBytesPerCall()), number(r.newConnectionsPerThousandCalls()), r.errors()));
			}
		}
		return table.toString();
	}

	/**
	 * Renders, for every client, its throughput and CPU per call relative to the fastest
	 * raw baseline at each thread count.
	 * @param operation the operation
	 * @return Markdown
	 */
	public String ratioTable(String operation) {
		List<String> headers = new ArrayList<>();
		headers.add("client");
		for (int threads : threadCounts()) {
			headers.add(">calls/s vs raw @" + threads);
		}
		for (int threads : threadCounts()) {
			headers.add(">CPU vs raw @" + threads);
		}
		for (int threads : threadCounts()) {
			headers.add(">calls/s vs authy-java @" + threads);
		}
		MarkdownTable table = new MarkdownTable(headers.toArray(String[]::new));
		for (String client : clients()) {
			List<Object> row = new ArrayList<>();
			row.add(client);
			for (int threads : threadCounts()) {
				row.add(ratio(relative(operation, client, fastestRaw(operation, threads).orElse(""), threads,
						LoadResult::callsPerSecond)));
			}
			for (int threads : threadCounts()) {
				row.add(ratio(relative(operation, client, fastestRaw(operation, threads).orElse(""), threads,
						LoadResult::cpuMicrosPerCall)));
			}
			for (int threads : threadCounts()) {
				row.add(ratio(relative(operation, client, this.authyJava, threads, LoadResult::callsPerSecond)));
			}
			table.row(row.toArray());
		}
		return table.toString();
	}

	/**
	 * Renders the target checks of our default client.
	 * @return Markdown
	 */
	public String targetTable() {
		return targetTable(this.oursDefault);
	}

	/**
	 * Renders the target checks of one of our clients.
	 * @param ours the client
	 * @return Markdown
	 */
	public String targetTable(String ours) {
		MarkdownTable table = new MarkdownTable("target (" + ours + ")", ">measured", "wanted", "result");
		for (TargetCheck check : targets(ours)) {
			table.row(check.name(), ratio(check.value()), check.wanted(), check.met() ? "hit" : "**MISS**");
		}
		return table.toString();
	}

	/**
	 * Renders one row per client whose name starts with a prefix, at the target thread
	 * count: what choosing each HTTP client costs.
	 * @param prefix the name prefix of our clients
	 * @return Markdown
	 */
	public String httpClientTable(String prefix) {
		MarkdownTable table = new MarkdownTable("client (16 threads)", ">verify calls/s", ">verify CPU µs/call",
				">verify alloc B/call", ">status calls/s", ">status CPU µs/call",
				">most new conns/1k calls (any threads)");
		for (String client : clients()) {
			if (!client.startsWith(prefix)) {
				continue;
			}
			Optional<LoadResult> verify = get("verify", client, TARGET_THREADS);
			Optional<LoadResult> status = get("status", client, TARGET_THREADS);
			double connections = -1;
			for (Map.Entry<Cell, LoadResult> entry : this.results.entrySet()) {
				if (entry.getKey().client().equals(client)) {
					connections = Math.max(connections, entry.getValue().newConnectionsPerThousandCalls());
				}
			}
			table.row(client, number(verify.map(LoadResult::callsPerSecond).orElse(-1.0)),
					number(verify.map(LoadResult::cpuMicrosPerCall).orElse(-1.0)),
					number(verify.map(LoadResult::allocatedBytesPerCall).orElse(-1.0)),
					number(status.map(LoadResult::callsPerSecond).orElse(-1.0)),
					number(status.map(LoadResult::cpuMicrosPerCall).orElse(-1.0)), number(connections));
		}
		return table.toString();
	}

	/**
	 * Renders the whole client section.
	 * @return Markdown
	 */
	public String render() {
		StringBuilder out = new StringBuilder();
		for (String operation : operations()) {
			out.append("#### `").append(operation).append("`\n\n").append(resultsTable(operation)).append('\n');
			out.append("Ratios (fastest raw baseline per thread count; CPU: lower is better):\n\n")
				.append(ratioTable(operation))
				.append('\n');
		}
		out.append("#### The starter on each HTTP client\n\n").append(httpClientTable("ours")).append('\n');
		out.append("#### Targets for ").append(this.oursDefault).append("\n\n").append(targetTable()).append('\n');
		return out.toString();
	}

	/**
	 * One target and whether it was met.
	 *
	 * @param name what is compared
	 * @param value the measured ratio
	 * @param wanted the bound
	 * @param met whether the bound holds
	 */
	public record TargetCheck(String name, double value, String wanted, boolean met) {
	}

}
