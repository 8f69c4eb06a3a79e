package dev.authyspring.autoconfigure.onetouch;

import java.time.Clock;
import javax.sql.DataSource;

import dev.authyspring.onetouch.JdbcOneTouchNonceStore;
import dev.authyspring.onetouch.OneTouchNonceStore;
import dev.authyspring.onetouch.RedisOneTouchNonceStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Configurations of the shared nonce stores, imported by
 * {@link OneTouchCallbackAutoConfiguration}.
 */
final class NonceStoreConfigurations {

	static final String NONCE_STORE = "authy.onetouch.callback.nonce-store";

	private NonceStoreConfigurations() {
	}

	/**
	 * The shared stores, read only when {@value #NONCE_STORE} is set: behind one
	 * condition so that an application on the default in-memory store does not pay for
	 * parsing them at start-up.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = NONCE_STORE)
	@Import({ JdbcNonceStoreConfiguration.class, MissingJdbcConfiguration.class, RedisNonceStoreConfiguration.class,
			MissingRedisConfiguration.class })
	static class SharedNonceStoreConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = NONCE_STORE, havingValue = "jdbc")
	@ConditionalOnClass(JdbcClient.class)
	static class JdbcNonceStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean(OneTouchNonceStore.class)
		JdbcOneTouchNonceStore oneTouchNonceStore(ObjectProvider<DataSource> dataSource,
				ObjectProvider<JdbcClient> jdbcClient, ObjectProvider<Clock> clock) {
			JdbcClient client = jdbcClient.getIfUnique();
			if (client == null) {
				DataSource source = dataSource.getIfUnique();
				if (source == null) {
					throw new NonceStoreUnavailableException("jdbc", "a single DataSource bean",
							"Configure the application's database (spring.datasource.*)");
				}
				client = JdbcClient.create(source);
			}
			return new JdbcOneTouchNonceStore(client, OneTouchCallbackAutoConfiguration.clockOf(clock));
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(DataSourceScriptDatabaseInitializer.class)
		@ConditionalOnBean(DataSource.class)
		static class SchemaInitializerConfiguration {

			@Bean
			@ConditionalOnMissingBean
			OneTouchNonceSchemaInitializer oneTouchNonceSchemaInitializer(DataSource dataSource,
					OneTouchCallbackProperties callback) {
				return new OneTouchNonceSchemaInitializer(dataSource, callback.getJdbc().getInitializeSchema());
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = NONCE_STORE, havingValue = "jdbc")
	@ConditionalOnMissingClass("org.springframework.jdbc.core.simple.JdbcClient")
	static class MissingJdbcConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OneTouchNonceStore oneTouchNonceStore() {
			throw new NonceStoreUnavailableException("jdbc", "Spring JDBC on the classpath",
					"Add org.springframework.boot:spring-boot-starter-jdbc and configure the application's database");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = NONCE_STORE, havingValue = "redis")
	@ConditionalOnClass(StringRedisTemplate.class)
	static class RedisNonceStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean(OneTouchNonceStore.class)
		RedisOneTouchNonceStore oneTouchNonceStore(ObjectProvider<StringRedisTemplate> template,
				ObjectProvider<RedisConnectionFactory> connectionFactory, OneTouchCallbackProperties callback,
				ObjectProvider<Clock> clock) {
			StringRedisTemplate redis = template.getIfUnique();
			if (redis == null) {
				RedisConnectionFactory factory = connectionFactory.getIfUnique();
				if (factory == null) {
					throw new NonceStoreUnavailableException("redis", "a RedisConnectionFactory bean",
							"Configure the application's Redis (spring.data.redis.*)");
				}
				redis = new StringRedisTemplate(factory);
			}
			return new RedisOneTouchNonceStore(redis, callback.getRedis().getKeyPrefix(),
					OneTouchCallbackAutoConfiguration.clockOf(clock));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = NONCE_STORE, havingValue = "redis")
	@ConditionalOnMissingClass("org.springframework.data.redis.core.StringRedisTemplate")
	static class MissingRedisConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OneTouchNonceStore oneTouchNonceStore() {
			throw new NonceStoreUnavailableException("redis", "Spring Data Redis on the classpath",
					"Add org.springframework.boot:spring-boot-starter-data-redis and configure the application's Redis");
		}

	}

}
