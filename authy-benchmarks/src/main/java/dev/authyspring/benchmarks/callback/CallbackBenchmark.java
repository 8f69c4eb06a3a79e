package dev.authyspring.benchmarks.callback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import dev.authyspring.benchmarks.Arguments;
import dev.authyspring.benchmarks.driver.ConnectionCounter;
import dev.authyspring.benchmarks.driver.LoadDriver;
import dev.authyspring.benchmarks.driver.LoadResult;
import dev.authyspring.benchmarks.jmh.Fixtures;
import dev.authyspring.benchmarks.report.MarkdownTable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.authyspring.benchmarks.report.MarkdownTable.number;

/**
 * Loads the OneTouch callback endpoint of a minimal web application with the starter:
 * validly signed POST callbacks (the A1.2 body, distinct nonces) from N keep-alive
 * connections, and checks that every callback sent was published exactly once.
 */
public final class CallbackBenchmark {

	static final String EVENT_CLASS = "dev.authyspring.onetouch.OneTouchCallbackEvent";

	private static final int TARGET_CONNECTIONS = 16;

	private static final double TARGET_PER_SECOND = 3000;

	private CallbackBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Arguments arguments = new Arguments(args);
		int port = arguments.getInt("port", 18090);
		String apiKey = arguments.get("api-key", Fixtures.A1_2_KEY);
		List<Integer> connectionCounts = arguments.getInts("connections", "16,64");
		LoadDriver driver = new LoadDriver(Duration.ofMillis(arguments.getInt("warmup-ms", 3000)),
				Duration.ofMillis(arguments.getInt("measure-ms", 5000)), ConnectionCounter.NONE);
		Path out = Path.of(arguments.get("out", "target/callback-benchmark.md"));
		String path = "/authy/onetouch/callback";

		SignedCallbackSender sender0 = new SignedCallbackSender("127.0.0.1", port, path, apiKey, Fixtures.a12Body(),
				new SignedCallbackSender.NonceSource());
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CallbackApp.class)
			.web(WebApplicationType.SERVLET)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn", "server.address=127.0.0.1",
					"server.port=" + port, "server.tomcat.max-keep-alive-requests=-1", "authy.api-key=" + apiKey,
					"authy.onetouch.callback.url=" + sender0.url())
			.run();
		AtomicLong published = context.getBean(CallbackApp.class).published;
		StringBuilder verdict = new StringBuilder();
		MarkdownTable table = new MarkdownTable(">connections", ">callbacks/s", ">p50 µs", ">p99 µs",
				">CPU µs/callback", ">alloc B/callback", ">errors", ">sent", ">answered 200", ">published",
				"all accounted");
		try {
			int firstStatus = sender0.send();
			if (firstStatus != 200 || published.get() != 1) {
				throw new IllegalStateException("a signed callback was answered " + firstStatus + " and published "
						+ published.get() + " times; is the endpoint on the classpath, and nothing guarding it?");
			}
			sender0.close();
			for (int connections : connectionCounts) {
				long publishedBefore = published.get();
				try (SignedCallbackSender sender = new SignedCallbackSender("127.0.0.1", port, path, apiKey,
						Fixtures.a12Body(), new SignedCallbackSender.NonceSource())) {
					System.gc();
					LoadResult result = driver.run(() -> {
						int status = sender.send();
						if (status != 200) {
							throw new IllegalStateException("HTTP " + status);
						}
					}, connections);
					long publishedNow = published.get() - publishedBefore;
					boolean accounted = sender.sent() == sender.ok() && sender.ok() == publishedNow;
					table.row(connections, number(result.callsPerSecond()), number(result.p50Micros()),
							number(result.p99Micros()), number(result.cpuMicrosPerCall()),
							number(result.allocatedBytesPerCall()), result.errors(), sender.sent(), sender.ok(),
							publishedNow, accounted ? "yes" : "**NO**");
					if (connections == TARGET_CONNECTIONS) {
						boolean hit = accounted && result.errors() == 0 && result.callsPerSecond() >= TARGET_PER_SECOND;
						verdict.append(
								"Target: at least 3,000 verified callbacks per second at 16 connections, none lost: ")
							.append(number(result.callsPerSecond()))
							.append("/s, ")
							.append(accounted ? "all " + sender.sent() + " accounted for" : "**callbacks lost**")
							.append(", ")
							.append(hit ? "hit" : "**MISS**")
							.append(".\n");
					}
					System.out.println(String.format(Locale.ROOT,
							"%d connections: %,.0f callbacks/s, p99 %.1f µs, sent %d, 200 %d, published %d",
							connections, result.callsPerSecond(), result.p99Micros(), sender.sent(), sender.ok(),
							publishedNow));
				}
			}
		}
		finally {
			context.close();
		}
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, table + "\n" + verdict);
		System.exit(0);
	}

	/**
	 * The minimal application: auto-configuration, Tomcat, and a listener that counts the
	 * published callbacks.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class CallbackApp {

		final AtomicLong published = new AtomicLong();

		@Bean
		ApplicationListener<PayloadApplicationEvent<?>> callbackCounter() {
			return (event) -> {
				if (event.getPayload().getClass().getName().equals(EVENT_CLASS)) {
					this.published.incrementAndGet();
				}
			};
		}

	}

}
