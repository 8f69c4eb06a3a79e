package dev.authyspring.onetouch;

import java.time.Instant;

/**
 * Remembers which verified callbacks are being or have been processed, so that a replayed
 * or redelivered callback is answered without being published twice, and a callback whose
 * processing failed is processed again when Authy redelivers it.
 *
 * <p>
 * Keys are {@link OneTouchCallback#replayKey() Authy id, approval request and status}.
 * The default keeps them in memory in one application instance; when several instances
 * receive callbacks behind a load balancer, they must share one store: the starter ships
 * {@link JdbcOneTouchNonceStore} and {@link RedisOneTouchNonceStore}, chosen with
 * {@code authy.onetouch.callback.nonce-store}. Implementations must be thread-safe and
 * {@link #claim} atomic.
 */
public interface OneTouchNonceStore {

	/**
	 * Claims a callback for processing. Exactly one of several concurrent or successive
	 * claims of the same key gets {@link Claim#CLAIMED} until the key is {@link #release
	 * released} or expires.
	 * @param key the replay key
	 * @param expiresAt when the key may be forgotten, {@link Instant#MAX} for never (the
	 * store may still evict old keys to stay bounded)
	 * @return whether the caller now owns the callback, or whether another delivery is
	 * processing it or has processed it
	 */
	Claim claim(String key, Instant expiresAt);

	/**
	 * Marks a claimed callback as processed: later deliveries are duplicates.
	 * @param key the replay key
	 */
	void complete(String key);

	/**
	 * Forgets a claim whose processing failed, so that a redelivery of the callback is
	 * processed. A processed callback is not forgotten.
	 * @param key the replay key
	 */
	void release(String key);

	/**
	 * The result of a {@link #claim}.
	 */
	enum Claim {

		/**
		 * The caller owns the callback and must process it, then complete or release it.
		 */
		CLAIMED,

		/**
		 * Another delivery is processing the callback right now; its outcome is unknown.
		 */
		IN_PROGRESS,

		/** The callback was processed: this delivery is a duplicate. */
		PROCESSED

	}

}
