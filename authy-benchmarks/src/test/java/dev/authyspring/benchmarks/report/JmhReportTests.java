package dev.authyspring.benchmarks.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JmhReportTests {

	private static String result(String benchmark, String score, String error) {
		return "{\"benchmark\":\"dev.authyspring.benchmarks.jmh." + benchmark + "\",\"mode\":\"avgt\","
				+ "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error + ",\"scoreUnit\":\"us/op\"},"
				+ "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":6480.4,\"scoreUnit\":\"B/op\"}}}";
	}

	@Test
	void rendersEachBenchmarkWithItsAllocation() {
		String json = "[" + result("SignatureVerificationBenchmark.verify", "12.345", "0.5") + ","
				+ result("ResponseMappingBenchmark.status", "3.5", "\"NaN\"") + "]";
		String report = JmhReport.render(json);
		assertThat(report).contains("| SignatureVerificationBenchmark.verify | 12.35 | 0.50 | 6,480 |")
			.contains("| ResponseMappingBenchmark.status | 3.50 | n/a | 6,480 |")
			.contains("12.35 µs, hit");
	}

	@Test
	void signatureSlowerThanTwentyMicrosecondsIsAMiss() {
		String report = JmhReport.render("[" + result("SignatureVerificationBenchmark.verify", "20.0", "1") + "]");
		assertThat(report).contains("20.00 µs, **MISS**");
	}

	@Test
	void missingSignatureBenchmarkIsAMiss() {
		String report = JmhReport.render("[" + result("ResponseMappingBenchmark.status", "3.5", "0.1") + "]");
		assertThat(report).contains("**MISS** (not measured)");
	}

}
