package dev.authyspring.onetouch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.authyspring.onetouch.servers.PostgresServer;
import dev.authyspring.onetouch.servers.RedisServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared store goes down in the middle of a run: while it is down the endpoint
 * answers 503 and publishes nothing; once it is back, Authy's redeliveries are processed.
 * No event is published twice and none is lost. Each test stops a server of its own.
 */
class NonceStoreOutageTests {

	@Test
	void postgresOutageMeans503AndNeitherDoubleNorLostEvents() throws Exception {
		try (PostgresServer postgres = PostgresServer.start()) {
			run(postgres::stop, postgres::restart, "authy.onetouch.callback.nonce-store=jdbc",
					"authy.onetouch.callback.jdbc.initialize-schema=always", "spring.datasource.url=" + postgres.url(),
					"spring.datasource.username=authy", "spring.datasource.hikari.connection-timeout=500",
					"spring.datasource.hikari.validation-timeout=250", "spring.datasource.hikari.maximum-pool-size=4");
		}
	}

	@Test
	void redisOutageMeans503AndNeitherDoubleNorLostEvents() throws Exception {
		try (RedisServer redis = RedisServer.start()) {
			run(redis::stop, redis::restart, "authy.onetouch.callback.nonce-store=redis",
					"spring.data.redis.url=" + redis.url(), "spring.data.redis.timeout=500ms",
					"spring.data.redis.connect-timeout=500ms");
		}
	}

	private void run(Runnable stop, Runnable restart, String... properties) throws Exception {
		try (SharedNonceStoreInstances instances = new SharedNonceStoreInstances(properties)) {
			List<SharedNonceStoreInstances.Delivery> before = callbacks(instances, "before", 20);
			List<SharedNonceStoreInstances.Delivery> during = callbacks(instances, "during", 20);
			assertThat(instances.deliver(before, 2, 8, 50)).isZero();
			assertThat(instances.publishedCount()).isEqualTo(20);

			stop.run();
			instances.statuses.clear();
			List<SharedNonceStoreInstances.Delivery> all = new ArrayList<>(before);
			all.addAll(during);
			// Authy keeps redelivering; here each delivery tries twice and gives up.
			assertThat(instances.deliver(all, 1, 8, 2)).isEqualTo(all.size());
			assertThat(instances.statuses).containsOnly(503);
			assertThat(instances.publishedCount()).as("nothing published while the store is down").isEqualTo(20);

			restart.run();
			assertThat(instances.deliver(all, 3, 8, 200)).isZero();
			assertThat(instances.publishedCount()).isEqualTo(40);
			assertThat(instances.publishedMoreThanOnce()).isEmpty();
			assertThat(instances.published.keySet()).containsExactlyInAnyOrderElementsOf(
					all.stream().map(SharedNonceStoreInstances.Delivery::uuid).toList());
		}
	}

	private static List<SharedNonceStoreInstances.Delivery> callbacks(SharedNonceStoreInstances instances,
			String prefix, int count) {
		List<SharedNonceStoreInstances.Delivery> callbacks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			callbacks.add(instances.callback(prefix + "-" + i + "-" + UUID.randomUUID()));
		}
		return callbacks;
	}

}
