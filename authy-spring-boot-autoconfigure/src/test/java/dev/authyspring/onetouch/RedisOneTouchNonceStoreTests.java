package dev.authyspring.onetouch;

import java.net.URI;
import java.time.Duration;

import dev.authyspring.onetouch.OneTouchNonceStore.Claim;
import dev.authyspring.onetouch.servers.RedisServer;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RedisOneTouchNonceStore} on a real Redis server. Fails in CI if Redis
 * is missing, skips elsewhere.
 */
class RedisOneTouchNonceStoreTests extends OneTouchNonceStoreContractTests {

	private LettuceConnectionFactory connectionFactory;

	private StringRedisTemplate redis;

	@Override
	protected OneTouchNonceStore createStore() {
		URI url = URI.create(RedisServer.sharedUrl());
		this.connectionFactory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(url.getHost(), url.getPort()));
		this.connectionFactory.afterPropertiesSet();
		this.connectionFactory.start();
		this.redis = new StringRedisTemplate(this.connectionFactory);
		RedisOneTouchNonceStore store = new RedisOneTouchNonceStore(this.redis,
				RedisOneTouchNonceStore.DEFAULT_KEY_PREFIX, this.clock);
		return new ClosingStore(store, this.connectionFactory);
	}

	@Test
	void keysLiveUntilTheirExpiryAndKeepItWhenCompleted() {
		OneTouchNonceStore store = createStore();
		String key = "ttl-" + System.nanoTime();
		store.claim(key, this.clock.instant().plus(Duration.ofSeconds(90)));
		store.complete(key);
		Long ttl = this.redis.getExpire(RedisOneTouchNonceStore.DEFAULT_KEY_PREFIX + key);
		assertThat(ttl).isBetween(80L, 90L);
		assertThat(store.claim(key, this.clock.instant().plusSeconds(90))).isEqualTo(Claim.PROCESSED);
		this.connectionFactory.destroy();
	}

	/** The store with its connection, closed after each test. */
	private record ClosingStore(OneTouchNonceStore store,
			LettuceConnectionFactory factory) implements OneTouchNonceStore, AutoCloseable {

		@Override
		public Claim claim(String key, java.time.Instant expiresAt) {
			return this.store.claim(key, expiresAt);
		}

		@Override
		public void complete(String key) {
			this.store.complete(key);
		}

		@Override
		public void release(String key) {
			this.store.release(key);
		}

		@Override
		public void close() {
			this.factory.destroy();
		}

	}

}
