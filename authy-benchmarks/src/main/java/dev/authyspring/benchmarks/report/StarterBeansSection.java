package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.authyspring.benchmarks.report.MarkdownTable.number;

/**
 * Where the starter's own beans spend their start-up time: the beans only the starter's
 * classpath has, by their median instantiation time without nested beans, from the runs
 * {@link dev.authyspring.benchmarks.startup.StartupTimer} recorded with
 * {@code --breakdown}.
 */
final class StarterBeansSection {

	private static final Pattern BEAN = Pattern.compile("bean=(\\S+) self_ms=([\\d.]+)");

	private static final int TOP_BEANS = 12;

	private StarterBeansSection() {
	}

	/**
	 * The section.
	 * @param breakdownWith the recorded runs with the starter
	 * @param breakdownRestClient the recorded runs with Boot's RestClient support only
	 * @return the section, starting with a blank line, or empty without recorded runs
	 */
	static String render(String breakdownWith, String breakdownRestClient) {
		List<Map<String, Double>> withRuns = parse(breakdownWith);
		List<Map<String, Double>> bootRuns = parse(breakdownRestClient);
		if (withRuns.isEmpty()) {
			return "";
		}
		Map<String, List<Double>> own = new LinkedHashMap<>();
		for (Map<String, Double> run : withRuns) {
			for (String bean : run.keySet()) {
				if (bootRuns.stream().noneMatch((other) -> other.containsKey(bean))) {
					own.computeIfAbsent(bean, (key) -> new ArrayList<>());
				}
			}
		}
		for (Map.Entry<String, List<Double>> entry : own.entrySet()) {
			for (Map<String, Double> run : withRuns) {
				entry.getValue().add(run.getOrDefault(entry.getKey(), 0.0));
			}
		}
		List<Map.Entry<String, Double>> medians = new ArrayList<>();
		double sum = 0;
		for (Map.Entry<String, List<Double>> entry : own.entrySet()) {
			double value = Medians.of(entry.getValue());
			medians.add(Map.entry(entry.getKey(), value));
			sum += value;
		}
		medians.sort(Map.Entry.<String, Double>comparingByValue().reversed());
		MarkdownTable table = new MarkdownTable("bean", ">instantiation ms (without nested beans)");
		medians.stream().limit(TOP_BEANS).forEach((entry) -> table.row(entry.getKey(), number(entry.getValue())));
		if (medians.size() > TOP_BEANS) {
			double rest = medians.stream().skip(TOP_BEANS).mapToDouble(Map.Entry::getValue).sum();
			table.row((medians.size() - TOP_BEANS) + " more", number(rest));
		}
		table.row("all " + medians.size() + " beans of the starter's classpath", number(sum));
		return "\nWhere the starter's own beans spend it (the beans that only the starter's classpath defines; median of "
				+ withRuns.size() + " runs recorded with `BufferingApplicationStartup`, which slows the start itself; "
				+ "class loading and condition evaluation outside bean creation are not in this table):\n\n" + table;
	}

	/**
	 * Bean self times of recorded runs, a bean created more than once summed; each run
	 * starts with its timing line.
	 */
	static List<Map<String, Double>> parse(String output) {
		List<Map<String, Double>> runs = new ArrayList<>();
		Map<String, Double> current = null;
		for (String line : output.split("\n")) {
			if (StartupSamples.isTimingLine(line)) {
				current = new LinkedHashMap<>();
				runs.add(current);
				continue;
			}
			Matcher bean = BEAN.matcher(line);
			if (bean.find() && current != null) {
				current.merge(bean.group(1), Double.parseDouble(bean.group(2)), Double::sum);
			}
		}
		return runs;
	}

}
