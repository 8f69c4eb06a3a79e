package dev.authyspring.onetouch.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.authyspring.core.internal.RailsQueryString;
import dev.authyspring.core.onetouch.CallbackParameters;
import dev.authyspring.core.onetouch.OneTouchSigner;
import dev.authyspring.onetouch.OneTouchCallbackEvent;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;

/**
 * Two instances of an application behind a load balancer, sharing one nonce store, and
 * signed callbacks delivered to either, as Authy delivers them: a delivery answered 503
 * is delivered again.
 */
final class SharedNonceStoreInstances implements AutoCloseable {

	static final String API_KEY = "shared-store-api-key-0123456789";

	static final String PUBLIC_URL = "https://app.example.com/authy/onetouch/callback";

	static final String PATH = "/authy/onetouch/callback";

	/** Every event either instance published, by uuid. */
	final Map<String, AtomicInteger> published = new ConcurrentHashMap<>();

	final List<Integer> statuses = new CopyOnWriteArrayList<>();

	/** How many events each instance published. */
	final AtomicInteger[] publishedBy = { new AtomicInteger(), new AtomicInteger() };

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final OneTouchSigner signer = new OneTouchSigner(API_KEY);

	SharedNonceStoreInstances(String... storeProperties) {
		for (int i = 0; i < 2; i++) {
			int instance = i;
			List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--authy.api-key=" + API_KEY,
					"--authy.onetouch.callback.url=" + PUBLIC_URL, "--spring.main.banner-mode=off",
					"--management.health.redis.enabled=false"));
			for (String property : storeProperties) {
				arguments.add("--" + property);
			}
			this.instances.add(new SpringApplicationBuilder(InstanceApplication.class).initializers(
					(context) -> context.getBeanFactory().registerSingleton("recorder", new Recorder(this, instance)))
				.run(arguments.toArray(String[]::new)));
		}
	}

	<T> T bean(int instance, Class<T> type) {
		return this.instances.get(instance).getBean(type);
	}

	/** A signed callback's body and headers. */
	Delivery callback(String uuid) {
		byte[] body = ("{\"authy_id\":1234,\"uuid\":\"" + uuid + "\",\"status\":\"approved\","
				+ "\"callback_action\":\"approval_request_status\"}")
			.getBytes(StandardCharsets.UTF_8);
		String nonce = Long.toString(Instant.now().getEpochSecond());
		String signature = this.signer.sign(nonce, "POST", PUBLIC_URL,
				RailsQueryString.of(CallbackParameters.parseJson(body)));
		return new Delivery(uuid, body, CallbackClient.signed(nonce, signature));
	}

	/**
	 * Delivers each callback {@code times} times, concurrently, to alternating instances,
	 * and each delivery again until it is answered with something else than 503.
	 * @return the deliveries that still got 503 after {@code maxTries}
	 */
	int deliver(List<Delivery> deliveries, int times, int threads, int maxTries) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			int n = 0;
			for (int round = 0; round < times; round++) {
				for (Delivery delivery : deliveries) {
					int first = n++ % 2;
					results.add(executor.submit(() -> deliverUntilAnswered(delivery, first, maxTries)));
				}
			}
			int unanswered = 0;
			for (Future<Boolean> result : results) {
				if (!result.get(2, TimeUnit.MINUTES)) {
					unanswered++;
				}
			}
			return unanswered;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private boolean deliverUntilAnswered(Delivery delivery, int firstInstance, int maxTries) {
		for (int attempt = 0; attempt < maxTries; attempt++) {
			int instance = (firstInstance + attempt) % 2;
			HttpResponse<String> response = new CallbackClient(port(instance), PATH).post(delivery.body(),
					delivery.headers());
			this.statuses.add(response.statusCode());
			if (response.statusCode() != 503) {
				return true;
			}
		}
		return false;
	}

	int port(int instance) {
		return ((WebServerApplicationContext) this.instances.get(instance)).getWebServer().getPort();
	}

	int publishedCount() {
		return this.published.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	Set<String> publishedMoreThanOnce() {
		Set<String> uuids = ConcurrentHashMap.newKeySet();
		this.published.forEach((uuid, count) -> {
			if (count.get() > 1) {
				uuids.add(uuid);
			}
		});
		return uuids;
	}

	@Override
	public void close() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	record Delivery(String uuid, byte[] body, String[] headers) {

	}

	/** Counts what each instance publishes. */
	static final class Recorder {

		private final SharedNonceStoreInstances instances;

		private final int instance;

		Recorder(SharedNonceStoreInstances instances, int instance) {
			this.instances = instances;
			this.instance = instance;
		}

		@EventListener
		void onCallback(OneTouchCallbackEvent event) {
			this.instances.publishedBy[this.instance].incrementAndGet();
			this.instances.published.computeIfAbsent(event.callback().uuid(), (uuid) -> new AtomicInteger())
				.incrementAndGet();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class InstanceApplication {

	}

}
