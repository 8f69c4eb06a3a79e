package dev.authyspring.onetouch;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link OneTouchNonceStore} that keeps at most a fixed number of keys in memory,
 * forgetting expired keys first and then the oldest. Only verified callbacks reach the
 * store, so its size cannot be driven by forged requests.
 */
public class InMemoryOneTouchNonceStore implements OneTouchNonceStore {

	/** Default number of keys kept. */
	public static final int DEFAULT_CAPACITY = 10_000;

	private final int capacity;

	private final Clock clock;

	private final LinkedHashMap<String, Entry> keys = new LinkedHashMap<>();

	/**
	 * No key expires before this; it may be earlier than the true earliest expiry, never
	 * later. While it lies in the future nothing can be expired, and a full store skips
	 * the sweep that would cost a pass over every key on every claim.
	 */
	private Instant earliestExpiry = Instant.MAX;

	/**
	 * Creates a store with the {@link #DEFAULT_CAPACITY default capacity} and the system
	 * clock.
	 */
	public InMemoryOneTouchNonceStore() {
		this(DEFAULT_CAPACITY, Clock.systemUTC());
	}

	/**
	 * Creates a store.
	 * @param capacity most keys kept
	 * @param clock the clock that decides expiry
	 */
	public InMemoryOneTouchNonceStore(int capacity, Clock clock) {
		if (capacity < 1) {
			throw new IllegalArgumentException("'capacity' must be positive");
		}
		this.capacity = capacity;
		this.clock = clock;
	}

	@Override
	public synchronized Claim claim(String key, Instant expiresAt) {
		Instant now = this.clock.instant();
		Entry existing = this.keys.get(key);
		if (existing != null && existing.expiresAt().isAfter(now)) {
			return existing.processed() ? Claim.PROCESSED : Claim.IN_PROGRESS;
		}
		this.keys.remove(key);
		if (this.keys.size() >= this.capacity) {
			evict(now);
		}
		this.keys.put(key, new Entry(expiresAt, false));
		if (expiresAt.isBefore(this.earliestExpiry)) {
			this.earliestExpiry = expiresAt;
		}
		return Claim.CLAIMED;
	}

	@Override
	public synchronized void complete(String key) {
		this.keys.computeIfPresent(key, (k, entry) -> new Entry(entry.expiresAt(), true));
	}

	@Override
	public synchronized void release(String key) {
		Entry entry = this.keys.get(key);
		if (entry != null && !entry.processed()) {
			this.keys.remove(key);
		}
	}

	/**
	 * Forgets every key.
	 */
	public synchronized void clear() {
		this.keys.clear();
		this.earliestExpiry = Instant.MAX;
	}

	/**
	 * Returns how many keys are held.
	 * @return the number of keys, expired ones included until they are evicted
	 */
	public synchronized int size() {
		return this.keys.size();
	}

	private void evict(Instant now) {
		if (!this.earliestExpiry.isAfter(now)) {
			Instant[] earliest = { Instant.MAX };
			this.keys.values().removeIf((entry) -> {
				if (!entry.expiresAt().isAfter(now)) {
					return true;
				}
				if (entry.expiresAt().isBefore(earliest[0])) {
					earliest[0] = entry.expiresAt();
				}
				return false;
			});
			this.earliestExpiry = earliest[0];
		}
		Iterator<Map.Entry<String, Entry>> oldest = this.keys.entrySet().iterator();
		while (this.keys.size() >= this.capacity && oldest.hasNext()) {
			oldest.next();
			oldest.remove();
		}
	}

	private record Entry(Instant expiresAt, boolean processed) {
	}

}
