package dev.authyspring.onetouch;

import javax.sql.DataSource;

import dev.authyspring.onetouch.servers.PostgresServer;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Tests for {@link JdbcOneTouchNonceStore} on a real PostgreSQL server, with the shipped
 * PostgreSQL script. Fails in CI if PostgreSQL is missing, skips elsewhere.
 */
class PostgresOneTouchNonceStoreTests extends OneTouchNonceStoreContractTests {

	private static DataSource dataSource;

	@BeforeAll
	static void createTheTable() {
		dataSource = PostgresServer.dataSource(PostgresServer.sharedUrl());
		new ResourceDatabasePopulator(new ClassPathResource("dev/authyspring/onetouch/schema-postgresql.sql"))
			.execute(dataSource);
	}

	@Override
	protected OneTouchNonceStore createStore() {
		return new JdbcOneTouchNonceStore(JdbcClient.create(dataSource), this.clock);
	}

}
