package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timing lines {@link dev.authyspring.benchmarks.startup.StartupTimer} printed for
 * one classpath, one per run, in the order of the rounds.
 *
 * @param refresh the context refresh times, ms
 * @param cpu the main thread's CPU time over the refresh, ms
 * @param run the times of {@code SpringApplication.run}, ms
 * @param beans the bean count of the last run
 * @param authy per run, whether the Authy beans were there ({@code true} or
 * {@code false})
 */
record StartupSamples(List<Double> refresh, List<Double> cpu, List<Double> run, String beans, List<String> authy) {

	private static final Pattern LINE = Pattern
		.compile("refresh_ms=([\\d.]+) refresh_cpu_ms=([\\d.]+) run_ms=([\\d.]+) beans=(\\d+) authy=(\\w+)");

	/**
	 * Reads the timing lines of an output; other lines are skipped.
	 * @param output what the runs printed
	 * @return the samples
	 * @throws IllegalArgumentException when the output has no timing line
	 */
	static StartupSamples parse(String output) {
		List<Double> refresh = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		List<Double> run = new ArrayList<>();
		List<String> authy = new ArrayList<>();
		String beans = "n/a";
		Matcher matcher = LINE.matcher(output);
		while (matcher.find()) {
			refresh.add(Double.parseDouble(matcher.group(1)));
			cpu.add(Double.parseDouble(matcher.group(2)));
			run.add(Double.parseDouble(matcher.group(3)));
			beans = matcher.group(4);
			authy.add(matcher.group(5));
		}
		if (refresh.isEmpty()) {
			throw new IllegalArgumentException("no StartupTimer output");
		}
		return new StartupSamples(refresh, cpu, run, beans, authy);
	}

	/**
	 * Whether a line is a timing line; in a recorded run's output it starts the run.
	 * @param line one line of output
	 * @return {@code true} for a timing line
	 */
	static boolean isTimingLine(String line) {
		return LINE.matcher(line).find();
	}

	/**
	 * Checks that the runs were on the classpath they claim to be: a wrong classpath
	 * would compare the wrong things without a sign of it.
	 * @param authy whether every run should have had the Authy beans
	 * @param name the classpath's name, for the message
	 * @return these samples
	 * @throws IllegalArgumentException when a run had them where it should not, or lacked
	 * them
	 */
	StartupSamples expect(boolean authy, String name) {
		if (this.authy.contains(String.valueOf(!authy))) {
			throw new IllegalArgumentException("the " + name + " runs did not have the Authy beans where expected");
		}
		return this;
	}

}
