package dev.authyspring.autoconfigure.onetouch;

import javax.sql.DataSource;

import dev.authyspring.onetouch.InMemoryOneTouchNonceStore;
import dev.authyspring.onetouch.JdbcOneTouchNonceStore;
import dev.authyspring.onetouch.OneTouchNonceStore;
import dev.authyspring.onetouch.RedisOneTouchNonceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for the choice of nonce store ({@code authy.onetouch.callback.nonce-store}), the
 * JDBC store's schema, and the start-up failure when the chosen store cannot be set up.
 */
@ExtendWith(OutputCaptureExtension.class)
class NonceStoreAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OneTouchCallbackAutoConfiguration.class,
				DataSourceAutoConfiguration.class, JdbcClientAutoConfiguration.class, DataRedisAutoConfiguration.class))
		.withPropertyValues("authy.api-key=nonce-store-tests-key", "authy.onetouch.callback.enabled=true");

	@Test
	void memoryByDefault() {
		this.contextRunner.run((context) -> assertThat(context).getBean(OneTouchNonceStore.class)
			.isInstanceOf(InMemoryOneTouchNonceStore.class));
	}

	@Test
	void jdbcOnTheApplicationsDatabaseWithItsTableCreatedInAnEmbeddedOne() {
		this.contextRunner
			.withPropertyValues("authy.onetouch.callback.nonce-store=jdbc",
					"spring.datasource.url=jdbc:h2:mem:nonce-autoconfig;DB_CLOSE_DELAY=-1")
			.run((context) -> {
				assertThat(context).getBean(OneTouchNonceStore.class).isInstanceOf(JdbcOneTouchNonceStore.class);
				assertThat(context).hasSingleBean(OneTouchNonceSchemaInitializer.class);
				assertThat(JdbcClient.create(context.getBean(DataSource.class))
					.sql("SELECT COUNT(*) FROM authy_onetouch_nonce")
					.query(Integer.class)
					.single()).isZero();
			});
	}

	@Test
	void jdbcSchemaIsNotCreatedWhenSetToNever() {
		this.contextRunner
			.withPropertyValues("authy.onetouch.callback.nonce-store=jdbc",
					"authy.onetouch.callback.jdbc.initialize-schema=never",
					"spring.datasource.url=jdbc:h2:mem:nonce-never;DB_CLOSE_DELAY=-1")
			.run((context) -> assertThat(JdbcClient.create(context.getBean(DataSource.class))
				.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'AUTHY_ONETOUCH_NONCE'")
				.query(Integer.class)
				.single()).isZero());
	}

	@Test
	void redisOnTheApplicationsRedis() {
		this.contextRunner.withPropertyValues("authy.onetouch.callback.nonce-store=redis")
			.run((context) -> assertThat(context).getBean(OneTouchNonceStore.class)
				.isInstanceOf(RedisOneTouchNonceStore.class));
	}

	@Test
	void userStoreWins() {
		OneTouchNonceStore mine = new InMemoryOneTouchNonceStore();
		this.contextRunner.withPropertyValues("authy.onetouch.callback.nonce-store=jdbc")
			.withBean("myStore", OneTouchNonceStore.class, () -> mine)
			.run((context) -> assertThat(context).getBean(OneTouchNonceStore.class).isSameAs(mine));
	}

	@Test
	void jdbcWithoutADataSourceFailsTheStartWithAnExplanation(CapturedOutput output) {
		assertStartFailsWith(output, new String[] { "--authy.onetouch.callback.nonce-store=jdbc",
				"--spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" },
				null, "authy.onetouch.callback.nonce-store=jdbc), which needs a single DataSource bean",
				"Configure the application's database (spring.datasource.*)");
	}

	@Test
	void jdbcWithoutSpringJdbcFailsTheStartWithAnExplanation(CapturedOutput output) {
		assertStartFailsWith(output, new String[] { "--authy.onetouch.callback.nonce-store=jdbc" },
				new FilteredClassLoader(JdbcClient.class), "which needs Spring JDBC on the classpath",
				"Add org.springframework.boot:spring-boot-starter-jdbc");
	}

	@Test
	void redisWithoutSpringDataRedisFailsTheStartWithAnExplanation(CapturedOutput output) {
		assertStartFailsWith(output, new String[] { "--authy.onetouch.callback.nonce-store=redis" },
				new FilteredClassLoader("org.springframework.data.redis"),
				"which needs Spring Data Redis on the classpath",
				"Add org.springframework.boot:spring-boot-starter-data-redis");
	}

	private static void assertStartFailsWith(CapturedOutput output, String[] arguments, ClassLoader classLoader,
			String description, String action) {
		SpringApplication application = new SpringApplication(FailingApplication.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		if (classLoader != null) {
			application.setResourceLoader(new DefaultResourceLoader(classLoader));
		}
		String[] all = new String[arguments.length + 3];
		System.arraycopy(arguments, 0, all, 0, arguments.length);
		all[arguments.length] = "--authy.api-key=nonce-store-tests-key";
		all[arguments.length + 1] = "--server.port=0";
		all[arguments.length + 2] = "--authy.onetouch.callback.enabled=true";
		assertThatException().isThrownBy(() -> application.run(all).close());
		// Printed by the failure analyzer, which only a registered analyzer can print.
		assertThat(output).contains("APPLICATION FAILED TO START", description, action,
				"or set authy.onetouch.callback.nonce-store=memory");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class FailingApplication {

	}

}
