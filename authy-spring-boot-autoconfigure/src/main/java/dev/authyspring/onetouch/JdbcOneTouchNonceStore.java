package dev.authyspring.onetouch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link OneTouchNonceStore} in a database table shared by every instance of the
 * application: an insert on the table's primary key is the atomic "first time seen", so
 * exactly one instance claims a callback. Expired rows are taken over by a later claim,
 * and purged at most once per {@link #PURGE_INTERVAL} by a claim. The table is
 * {@code authy_onetouch_nonce}; scripts for PostgreSQL, MySQL and H2 are
 * {@code classpath:dev/authyspring/onetouch/schema-*.sql}.
 *
 * <p>
 * A failing database fails {@link #claim}, which the callback endpoint answers with 503,
 * so that Authy redelivers and nothing is published.
 */
public class JdbcOneTouchNonceStore implements OneTouchNonceStore {

	/** How often, at most, expired rows are deleted. */
	public static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

	/**
	 * The latest expiry stored: {@link Instant#MAX} does not fit a column of every
	 * database.
	 */
	private static final long LATEST_EXPIRY_MILLIS = Instant.parse("9999-12-31T23:59:59Z").toEpochMilli();

	private static final String IN_PROGRESS = "IN_PROGRESS";

	private static final String PROCESSED = "PROCESSED";

	private static final int MAX_TRIES = 3;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Instant nextPurge = Instant.MIN;

	/**
	 * Creates a store.
	 * @param jdbc the client of the shared database
	 * @param clock the clock that decides expiry; instances should agree on the time
	 */
	public JdbcOneTouchNonceStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Claim claim(String key, Instant expiresAt) {
		Instant now = this.clock.instant();
		purgeIfDue(now);
		long expires = millis(expiresAt);
		for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
			try {
				this.jdbc.sql("INSERT INTO authy_onetouch_nonce (replay_key, state, expires_at) VALUES (?, ?, ?)")
					.params(key, IN_PROGRESS, expires)
					.update();
				return Claim.CLAIMED;
			}
			catch (DuplicateKeyException ex) {
				// Seen before: processed, in progress, or expired and free to take over.
			}
			int takenOver = this.jdbc.sql(
					"UPDATE authy_onetouch_nonce SET state = ?, expires_at = ? WHERE replay_key = ? AND expires_at <= ?")
				.params(IN_PROGRESS, expires, key, now.toEpochMilli())
				.update();
			if (takenOver == 1) {
				return Claim.CLAIMED;
			}
			List<String> state = this.jdbc.sql("SELECT state FROM authy_onetouch_nonce WHERE replay_key = ?")
				.param(key)
				.query(String.class)
				.list();
			if (!state.isEmpty()) {
				return PROCESSED.equals(state.get(0)) ? Claim.PROCESSED : Claim.IN_PROGRESS;
			}
			// Released between the insert and the read: try again.
		}
		return Claim.IN_PROGRESS;
	}

	@Override
	public void complete(String key) {
		this.jdbc.sql("UPDATE authy_onetouch_nonce SET state = ? WHERE replay_key = ?").params(PROCESSED, key).update();
	}

	@Override
	public void release(String key) {
		this.jdbc.sql("DELETE FROM authy_onetouch_nonce WHERE replay_key = ? AND state = ?")
			.params(key, IN_PROGRESS)
			.update();
	}

	/**
	 * Deletes the rows that expired.
	 * @return how many rows were deleted
	 */
	public int purge() {
		Instant now = this.clock.instant();
		this.nextPurge = now.plus(PURGE_INTERVAL);
		return this.jdbc.sql("DELETE FROM authy_onetouch_nonce WHERE expires_at <= ?")
			.param(now.toEpochMilli())
			.update();
	}

	private void purgeIfDue(Instant now) {
		if (!now.isBefore(this.nextPurge)) {
			purge();
		}
	}

	private static long millis(Instant instant) {
		try {
			return Math.min(instant.toEpochMilli(), LATEST_EXPIRY_MILLIS);
		}
		catch (ArithmeticException ex) {
			return LATEST_EXPIRY_MILLIS;
		}
	}

}
