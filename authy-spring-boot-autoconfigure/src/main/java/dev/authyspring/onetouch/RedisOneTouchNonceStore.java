package dev.authyspring.onetouch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.redis.connection.RedisStringCommands.SetOption;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.core.types.Expiration;

/**
 * {@link OneTouchNonceStore} in Redis, shared by every instance of the application:
 * {@code SET key IN_PROGRESS NX PX ttl} is the atomic claim, {@code SET key PROCESSED XX
 * KEEPTTL} the completion, and a script that deletes a key still in progress the release;
 * Redis expires the keys.
 *
 * <p>
 * A failing Redis fails {@link #claim}, which the callback endpoint answers with 503, so
 * that Authy redelivers and nothing is published.
 */
public class RedisOneTouchNonceStore implements OneTouchNonceStore {

	/** Default prefix of the keys. */
	public static final String DEFAULT_KEY_PREFIX = "authy:onetouch:nonce:";

	private static final String IN_PROGRESS = "IN_PROGRESS";

	private static final String PROCESSED = "PROCESSED";

	private static final int MAX_TRIES = 3;

	private static final RedisScript<Long> RELEASE = RedisScript.of(
			"if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
			Long.class);

	private final StringRedisTemplate redis;

	private final String keyPrefix;

	private final Clock clock;

	/**
	 * Creates a store.
	 * @param redis the template of the shared Redis
	 * @param keyPrefix prefix of every key
	 * @param clock the clock that turns expiries into time-to-live
	 */
	public RedisOneTouchNonceStore(StringRedisTemplate redis, String keyPrefix, Clock clock) {
		this.redis = redis;
		this.keyPrefix = keyPrefix;
		this.clock = clock;
	}

	@Override
	public Claim claim(String key, Instant expiresAt) {
		String redisKey = this.keyPrefix + key;
		for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
			Boolean claimed;
			if (expiresAt.equals(Instant.MAX)) {
				claimed = this.redis.opsForValue().setIfAbsent(redisKey, IN_PROGRESS);
			}
			else {
				Duration ttl = Duration.between(this.clock.instant(), expiresAt);
				claimed = this.redis.opsForValue()
					.setIfAbsent(redisKey, IN_PROGRESS, ttl.isNegative() || ttl.isZero() ? Duration.ofMillis(1) : ttl);
			}
			if (Boolean.TRUE.equals(claimed)) {
				return Claim.CLAIMED;
			}
			String state = this.redis.opsForValue().get(redisKey);
			if (state != null) {
				return PROCESSED.equals(state) ? Claim.PROCESSED : Claim.IN_PROGRESS;
			}
			// Expired or released between the two commands: try again.
		}
		return Claim.IN_PROGRESS;
	}

	@Override
	public void complete(String key) {
		byte[] redisKey = (this.keyPrefix + key).getBytes(StandardCharsets.UTF_8);
		byte[] value = PROCESSED.getBytes(StandardCharsets.UTF_8);
		// KEEPTTL: a plain SET XX would make the key live for ever.
		this.redis.execute((RedisCallback<Boolean>) (connection) -> connection.stringCommands()
			.set(redisKey, value, Expiration.keepTtl(), SetOption.ifPresent()));
	}

	@Override
	public void release(String key) {
		// Only a claim in progress: a processed callback stays a duplicate.
		this.redis.execute(RELEASE, List.of(this.keyPrefix + key), IN_PROGRESS);
	}

}
