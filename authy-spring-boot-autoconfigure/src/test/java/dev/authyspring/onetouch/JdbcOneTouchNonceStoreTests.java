package dev.authyspring.onetouch;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

import dev.authyspring.onetouch.OneTouchNonceStore.Claim;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JdbcOneTouchNonceStore} on H2, with the shipped H2 script: the store's
 * contract, expiry and purging.
 */
class JdbcOneTouchNonceStoreTests extends OneTouchNonceStoreContractTests {

	private static final DataSource DATA_SOURCE = h2();

	private final JdbcClient jdbc = JdbcClient.create(DATA_SOURCE);

	private static DataSource h2() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:nonces;DB_CLOSE_DELAY=-1;MODE=PostgreSQL", "sa", "");
		new ResourceDatabasePopulator(new ClassPathResource("dev/authyspring/onetouch/schema-h2.sql"))
			.execute(dataSource);
		return dataSource;
	}

	@Override
	protected OneTouchNonceStore createStore() {
		return new JdbcOneTouchNonceStore(this.jdbc, this.clock);
	}

	@Test
	void expiredClaimIsTakenOverByTheNextDelivery() {
		JdbcOneTouchNonceStore store = new JdbcOneTouchNonceStore(this.jdbc, this.clock);
		String key = "expired-" + System.nanoTime();
		store.claim(key, this.clock.instant().plusSeconds(60));
		store.complete(key);
		this.clock.set(this.clock.instant().plusSeconds(60));
		assertThat(store.claim(key, this.clock.instant().plusSeconds(60))).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void purgeDeletesExpiredRowsOnly() {
		JdbcOneTouchNonceStore store = new JdbcOneTouchNonceStore(this.jdbc, this.clock);
		String old = "old-" + System.nanoTime();
		String young = "young-" + System.nanoTime();
		store.claim(old, this.clock.instant().plusSeconds(30));
		store.claim(young, this.clock.instant().plus(Duration.ofHours(1)));
		this.clock.set(this.clock.instant().plusSeconds(30));
		assertThat(store.purge()).isGreaterThanOrEqualTo(1);
		assertThat(rows(old)).isZero();
		assertThat(rows(young)).isOne();
	}

	@Test
	void claimsPurgeAtMostOncePerInterval() {
		JdbcOneTouchNonceStore store = new JdbcOneTouchNonceStore(this.jdbc, this.clock);
		String first = "first-" + System.nanoTime();
		store.claim(first, this.clock.instant().plusSeconds(1));
		this.clock.set(this.clock.instant().plusSeconds(2));
		store.claim("trigger-" + System.nanoTime(), this.clock.instant().plusSeconds(60));
		assertThat(rows(first)).as("purged before the interval passed").isOne();
		this.clock.set(this.clock.instant().plus(JdbcOneTouchNonceStore.PURGE_INTERVAL));
		store.claim("trigger-again-" + System.nanoTime(), this.clock.instant().plusSeconds(60));
		assertThat(rows(first)).isZero();
	}

	@Test
	void neverExpiringKeyIsStoredWithTheLatestRepresentableExpiry() {
		JdbcOneTouchNonceStore store = new JdbcOneTouchNonceStore(this.jdbc, this.clock);
		String key = "forever-" + System.nanoTime();
		store.claim(key, Instant.MAX);
		Long expiresAt = this.jdbc.sql("SELECT expires_at FROM authy_onetouch_nonce WHERE replay_key = ?")
			.param(key)
			.query(Long.class)
			.single();
		assertThat(Instant.ofEpochMilli(expiresAt)).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
	}

	private int rows(String key) {
		return this.jdbc.sql("SELECT COUNT(*) FROM authy_onetouch_nonce WHERE replay_key = ?")
			.param(key)
			.query(Integer.class)
			.single();
	}

}
