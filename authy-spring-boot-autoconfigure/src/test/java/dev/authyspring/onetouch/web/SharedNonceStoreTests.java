package dev.authyspring.onetouch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.authyspring.onetouch.JdbcOneTouchNonceStore;
import dev.authyspring.onetouch.OneTouchNonceStore;
import dev.authyspring.onetouch.RedisOneTouchNonceStore;
import dev.authyspring.onetouch.servers.PostgresServer;
import dev.authyspring.onetouch.servers.RedisServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances sharing a real PostgreSQL or Redis nonce store: 1,000 concurrent
 * deliveries of 100 distinct signed callbacks, spread over both, publish exactly 100
 * events. Fails in CI if the servers are missing, skips elsewhere.
 */
class SharedNonceStoreTests {

	@ParameterizedTest
	@ValueSource(strings = { "jdbc", "redis" })
	void thousandDeliveriesOfHundredCallbacksOverTwoInstancesPublishExactlyHundredEvents(String store)
			throws Exception {
		try (SharedNonceStoreInstances instances = new SharedNonceStoreInstances(properties(store))) {
			assertThat(instances.bean(0, OneTouchNonceStore.class))
				.isInstanceOf(store.equals("jdbc") ? JdbcOneTouchNonceStore.class : RedisOneTouchNonceStore.class);
			List<SharedNonceStoreInstances.Delivery> callbacks = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				callbacks.add(instances.callback(store + "-" + i + "-" + UUID.randomUUID()));
			}
			assertThat(instances.deliver(callbacks, 10, 32, 200)).as("deliveries never answered").isZero();
			assertThat(instances.publishedCount()).isEqualTo(100);
			assertThat(instances.publishedMoreThanOnce()).isEmpty();
			assertThat(instances.publishedBy).as("both instances published").allMatch((count) -> count.get() > 0);
			assertThat(instances.published.keySet()).containsExactlyInAnyOrderElementsOf(
					callbacks.stream().map(SharedNonceStoreInstances.Delivery::uuid).toList());
			assertThat(instances.statuses).hasSizeGreaterThanOrEqualTo(1000)
				.allMatch((status) -> status == 200 || status == 503);
		}
	}

	static String[] properties(String store) {
		if (store.equals("jdbc")) {
			return new String[] { "authy.onetouch.callback.nonce-store=jdbc",
					"authy.onetouch.callback.jdbc.initialize-schema=always",
					"spring.datasource.url=" + PostgresServer.sharedUrl(), "spring.datasource.username=authy",
					"spring.datasource.hikari.maximum-pool-size=8" };
		}
		return new String[] { "authy.onetouch.callback.nonce-store=redis",
				"spring.data.redis.url=" + RedisServer.sharedUrl() };
	}

}
