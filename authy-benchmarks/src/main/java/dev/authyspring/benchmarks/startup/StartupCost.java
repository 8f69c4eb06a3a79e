package dev.authyspring.benchmarks.startup;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The causes a sampled CPU profile of a context refresh is split into. A sample counts
 * for the first cause whose test its stack passes, so that time spent loading a class
 * counts for whatever made it load; {@link #CLASS_LOADING} is counted across all of them
 * as well.
 */
public enum StartupCost {

	/** Frames of the starter's own classes (the benchmark's classes excluded). */
	STARTER_CODE("the starter's own code",
			(stack) -> stack.replace("dev/authyspring/benchmarks/", "").contains("dev/authyspring/")),

	/** Frames of Boot's RestClient and HTTP client modules, which the starter brings. */
	BOOT_REST_CLIENT_CODE("Boot's RestClient and HTTP client code",
			(stack) -> stack.contains("org/springframework/boot/restclient/")
					|| stack.contains("org/springframework/boot/http/client/")),

	/** {@code @Conditional} evaluation of configuration classes and bean methods. */
	CONDITIONS("condition evaluation", (stack) -> stack.contains("ConditionEvaluator.shouldSkip")),

	/** Reading configuration classes and registering their bean definitions. */
	CONFIGURATION_CLASSES("configuration classes and bean definitions",
			(stack) -> stack.contains("ConfigurationClassParser")
					|| stack.contains("ConfigurationClassBeanDefinitionReader")),

	/** Bean post-processors, dependency injection and callbacks after instantiation. */
	BEAN_POST_PROCESSING("bean post-processing and injection",
			(stack) -> stack.contains("AbstractAutowireCapableBeanFactory.initializeBean")
					|| stack.contains("AbstractAutowireCapableBeanFactory.populateBean")
					|| stack.contains("applyMergedBeanDefinitionPostProcessors")
					|| stack.contains("afterSingletonsInstantiated")),

	/** Creating and starting the embedded web server. */
	WEB_SERVER("web server", (stack) -> stack.contains("ServletWebServerApplicationContext.onRefresh")),

	/**
	 * Everything else in bean creation: resolving factory methods, constructors,
	 * arguments.
	 */
	OTHER_BEAN_CREATION("other bean creation", (stack) -> stack.contains("AbstractBeanFactory.doGetBean")),

	/** The rest of the refresh. */
	OTHER("other", (stack) -> true),

	/**
	 * Finding, reading, parsing and verifying classes, within any of the causes above.
	 */
	CLASS_LOADING("of all the above: class loading", (stack) -> stack.contains("ClassLoader.loadClass")
			|| stack.contains("ClassLoader.defineClass") || stack.contains("SystemDictionary::"));

	private final String description;

	private final Predicate<String> test;

	StartupCost(String description, Predicate<String> test) {
		this.description = description;
		this.test = test;
	}

	/**
	 * Returns what the cause is, as a report shows it.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * Splits the samples of one thread in collapsed stacks ({@code frame;frame;... count}
	 * per line, each stack starting with {@code [thread tid=N]}) by cause.
	 * @param collapsed the collapsed stacks of a profile taken with the {@code threads}
	 * option
	 * @param threadName the thread to count
	 * @return samples per cause, every cause present
	 */
	public static Map<StartupCost, Long> split(String collapsed, String threadName) {
		Map<StartupCost, Long> samples = new EnumMap<>(StartupCost.class);
		for (StartupCost cost : values()) {
			samples.put(cost, 0L);
		}
		String prefix = "[" + threadName + " tid=";
		List<StartupCost> exclusive = List.of(values()).subList(0, CLASS_LOADING.ordinal());
		for (String line : collapsed.split("\n")) {
			int space = line.lastIndexOf(' ');
			if (!line.startsWith(prefix) || space < 0) {
				continue;
			}
			String stack = line.substring(0, space);
			long count = Long.parseLong(line.substring(space + 1).trim());
			for (StartupCost cost : exclusive) {
				if (cost.test.test(stack)) {
					samples.merge(cost, count, Long::sum);
					break;
				}
			}
			if (CLASS_LOADING.test.test(stack)) {
				samples.merge(CLASS_LOADING, count, Long::sum);
			}
		}
		return samples;
	}

	/**
	 * Formats samples per cause as one line of {@code name=value} pairs.
	 * @param samples samples per cause
	 * @param millisPerSample the sampling interval
	 * @return the line
	 */
	public static String format(Map<StartupCost, Long> samples, double millisPerSample) {
		StringBuilder line = new StringBuilder("profile");
		long total = 0;
		for (StartupCost cost : values()) {
			if (cost != CLASS_LOADING) {
				total += samples.getOrDefault(cost, 0L);
			}
		}
		line.append(String.format(Locale.ROOT, " total_ms=%.1f", total * millisPerSample));
		for (StartupCost cost : values()) {
			line.append(String.format(Locale.ROOT, " %s_ms=%.1f", cost.name().toLowerCase(Locale.ROOT),
					samples.getOrDefault(cost, 0L) * millisPerSample));
		}
		return line.toString();
	}

}
