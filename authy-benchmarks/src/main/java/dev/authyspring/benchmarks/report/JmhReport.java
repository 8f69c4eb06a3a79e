package dev.authyspring.benchmarks.report;

import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.authyspring.benchmarks.report.MarkdownTable.number;

/**
 * Turns JMH's JSON results into a Markdown table and checks the signature target.
 */
public final class JmhReport {

	/** Most average time of the whole signature verification, in microseconds. */
	static final double SIGNATURE_TARGET_MICROS = 20;

	static final String SIGNATURE_BENCHMARK = "SignatureVerificationBenchmark.verify";

	private JmhReport() {
	}

	public static void main(String[] args) throws Exception {
		String json = Files.readString(Path.of(args[0]));
		Files.writeString(Path.of(args[1]), render(json));
	}

	/**
	 * Renders results.
	 * @param json JMH's {@code -rf json} output
	 * @return Markdown
	 */
	static String render(String json) {
		JsonNode results = JsonMapper.builder().build().readTree(json);
		MarkdownTable table = new MarkdownTable("benchmark", ">average µs/op", ">± (99.9 %)", ">alloc B/op");
		Double signature = null;
		for (JsonNode result : results.values()) {
			String name = result.get("benchmark").asString();
			String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
			JsonNode primary = result.get("primaryMetric");
			double score = doubleOf(primary.get("score"));
			if (!"us/op".equals(primary.get("scoreUnit").asString())) {
				throw new IllegalArgumentException(name + " is not in us/op");
			}
			JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
			table.row(shortName, number(score), number(doubleOf(primary.get("scoreError"))),
					alloc.isMissingNode() ? "n/a" : number(doubleOf(alloc)));
			if (shortName.equals(SIGNATURE_BENCHMARK)) {
				signature = score;
			}
		}
		StringBuilder out = new StringBuilder(table.toString()).append('\n');
		if (signature == null) {
			out.append("Target: signature verification under 20 µs: **MISS** (not measured)\n");
		}
		else {
			out.append("Target: signature verification of A1.2 under 20 µs: ")
				.append(number(signature))
				.append(" µs, ")
				.append((signature < SIGNATURE_TARGET_MICROS) ? "hit" : "**MISS**")
				.append('\n');
		}
		return out.toString();
	}

	/** JMH writes "NaN" as a string, for example the error of a single iteration. */
	private static double doubleOf(JsonNode node) {
		return node.isNumber() ? node.doubleValue() : Double.parseDouble(node.asString());
	}

}
