package dev.authyspring.autoconfigure.health;

import java.time.Clock;

import dev.authyspring.autoconfigure.AuthyAutoConfiguration;
import dev.authyspring.autoconfigure.AuthyProperties;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.client.RetrySettings;
import dev.authyspring.health.AuthyHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for {@link AuthyHealthIndicator}, reported as {@code authy}.
 */
@AutoConfiguration(after = AuthyAutoConfiguration.class)
@ConditionalOnClass({ AuthyHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(AuthyClient.class)
@ConditionalOnEnabledHealthIndicator("authy")
@EnableConfigurationProperties(AuthyProperties.class)
public final class AuthyHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "authyHealthIndicator", "authyHealthContributor" })
	AuthyHealthIndicator authyHealthIndicator(AuthyClient authyClient, AuthyProperties properties) {
		// No retries: a probe must answer within one read timeout.
		return new AuthyHealthIndicator(authyClient.withRetry(RetrySettings.NONE).apps(),
				properties.getHealth().getCacheTtl(), Clock.systemUTC());
	}

}
