package dev.authyspring.onetouch;

import java.time.Instant;

/**
 * Remembers which verified callbacks have been processed, so that a replayed or redelivered
 * callback is answered without being published twice.
 *
 * <p>
 * Keys are {@link SignedCallback#replayKey() nonce and signature}. The default keeps them in
 * memory in one application instance; when several instances receive callbacks behind a load
 * balancer, provide an implementation backed by a shared store (for example Redis
 * {@code SET key value NX PX ttl} for {@link #claim} and {@code DEL} for {@link #release}).
 * Implementations must be thread-safe and {@link #claim} atomic.
 */
public interface OneTouchNonceStore {

	/**
	 * Claims a callback for processing. Exactly one of several concurrent or successive
	 * claims of the same key succeeds until the key is {@link #release released} or expires.
	 * @param key the replay key
	 * @param expiresAt when the key may be forgotten, {@link Instant#MAX} for never (the
	 * store may still evict old keys to stay bounded)
	 * @return {@code true} if the caller now owns the callback and must process it,
	 * {@code false} if it was already claimed
	 */
	boolean claim(String key, Instant expiresAt);

	/**
	 * Forgets a claim whose processing failed, so that a redelivery of the callback is
	 * processed.
	 * @param key the replay key
	 */
	void release(String key);

}
