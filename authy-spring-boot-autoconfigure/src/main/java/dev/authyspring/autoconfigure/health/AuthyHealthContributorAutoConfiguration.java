package dev.authyspring.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;

import dev.authyspring.autoconfigure.AuthyAutoConfiguration;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.client.RetrySettings;
import dev.authyspring.health.AuthyHealthIndicator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for {@link AuthyHealthIndicator}, reported as {@code authy}: one
 * indicator for the application's {@link AuthyClient}, or, with several, one per client
 * under their bean names.
 */
@AutoConfiguration(after = AuthyAutoConfiguration.class)
@ConditionalOnClass({ AuthyHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(AuthyClient.class)
@ConditionalOnEnabledHealthIndicator("authy")
@EnableConfigurationProperties(AuthyHealthProperties.class)
public final class AuthyHealthContributorAutoConfiguration
		extends CompositeHealthContributorConfiguration<AuthyHealthIndicator, AuthyClient> {

	AuthyHealthContributorAutoConfiguration(AuthyHealthProperties properties, ObjectProvider<Clock> clock) {
		// No retries: a probe must answer within one read timeout.
		super((client) -> new AuthyHealthIndicator(client.withRetry(RetrySettings.NONE).apps(),
				cacheTtl(properties.getCacheTtl()), clock.getIfUnique(Clock::systemUTC)));
	}

	@Bean
	@ConditionalOnMissingBean(name = { "authyHealthIndicator", "authyHealthContributor" })
	HealthContributor authyHealthContributor(ConfigurableListableBeanFactory beanFactory) {
		return createContributor(beanFactory, AuthyClient.class);
	}

	private static Duration cacheTtl(Duration cacheTtl) {
		if (cacheTtl == null || cacheTtl.isNegative()) {
			throw new InvalidConfigurationPropertyValueException("management.health.authy.cache-ttl", cacheTtl,
					"must not be negative");
		}
		return cacheTtl;
	}

}
