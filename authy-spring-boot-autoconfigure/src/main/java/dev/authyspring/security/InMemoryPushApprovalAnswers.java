package dev.authyspring.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.onetouch.OneTouchCallback;
import dev.authyspring.onetouch.OneTouchCallbackEvent;
import org.jspecify.annotations.Nullable;

/**
 * {@link PushApprovalAnswers} in memory: bounded in size, each answer kept for a limited
 * time, oldest dropped first.
 */
public class InMemoryPushApprovalAnswers implements PushApprovalAnswers {

	/** Answers kept at most. */
	public static final int DEFAULT_CAPACITY = 10_000;

	/** How long an answer is kept: longer than any login push lives. */
	public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(30);

	private final int capacity;

	private final Duration timeToLive;

	private final Clock clock;

	private final Map<String, Answer> answers = new LinkedHashMap<>();

	/**
	 * Creates a store with the default capacity and time to live.
	 * @param clock the clock that ages answers
	 */
	public InMemoryPushApprovalAnswers(Clock clock) {
		this(DEFAULT_CAPACITY, DEFAULT_TIME_TO_LIVE, clock);
	}

	/**
	 * Creates a store.
	 * @param capacity most answers kept
	 * @param timeToLive how long an answer is kept
	 * @param clock the clock that ages answers
	 */
	public InMemoryPushApprovalAnswers(int capacity, Duration timeToLive, Clock clock) {
		if (capacity < 1) {
			throw new IllegalArgumentException("'capacity' must be at least 1");
		}
		if (timeToLive == null || timeToLive.isNegative() || timeToLive.isZero()) {
			throw new IllegalArgumentException("'timeToLive' must be positive");
		}
		this.capacity = capacity;
		this.timeToLive = timeToLive;
		this.clock = clock;
	}

	@Override
	public void record(OneTouchCallbackEvent event) {
		OneTouchCallback callback = event.callback();
		Instant now = this.clock.instant();
		synchronized (this.answers) {
			purge(now);
			this.answers.remove(callback.uuid());
			this.answers.put(callback.uuid(),
					new Answer(callback.authyId(), callback.status(), now.plus(this.timeToLive)));
			if (this.answers.size() > this.capacity) {
				Iterator<Answer> oldest = this.answers.values().iterator();
				oldest.next();
				oldest.remove();
			}
		}
	}

	@Override
	public @Nullable ApprovalStatus find(String uuid, long authyId) {
		Instant now = this.clock.instant();
		synchronized (this.answers) {
			Answer answer = this.answers.get(uuid);
			if (answer == null || !now.isBefore(answer.expiresAt()) || answer.authyId() != authyId) {
				return null;
			}
			return answer.status();
		}
	}

	private void purge(Instant now) {
		// Insertion order is expiry order, so the expired ones are at the front.
		Iterator<Answer> it = this.answers.values().iterator();
		while (it.hasNext() && !now.isBefore(it.next().expiresAt())) {
			it.remove();
		}
	}

	private record Answer(long authyId, ApprovalStatus status, Instant expiresAt) {

	}

}
