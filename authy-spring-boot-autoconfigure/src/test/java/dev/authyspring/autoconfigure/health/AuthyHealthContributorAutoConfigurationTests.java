package dev.authyspring.autoconfigure.health;

import dev.authyspring.autoconfigure.AuthyAutoConfiguration;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.health.AuthyHealthIndicator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthyHealthContributorAutoConfiguration}.
 */
class AuthyHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class, AuthyAutoConfiguration.class,
				AuthyHealthContributorAutoConfiguration.class));

	@Test
	void createsIndicatorNamedAuthy() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key")
			.run((context) -> assertThat(context).hasSingleBean(AuthyHealthIndicator.class)
				.hasBean("authyHealthIndicator"));
	}

	@Test
	void noIndicatorWithoutClient() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(AuthyHealthIndicator.class));
	}

	@Test
	void createsIndicatorForUserClient() {
		this.contextRunner
			.withBean(AuthyClient.class, () -> AuthyClient.builder().apiKey("user-key").build())
			.run((context) -> assertThat(context).hasSingleBean(AuthyHealthIndicator.class));
	}

	@Test
	void switchedOffWithProperty() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key", "management.health.authy.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AuthyHealthIndicator.class));
	}

	@Test
	void noIndicatorWithoutHealthModule() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key")
			.withClassLoader(new FilteredClassLoader(ConditionalOnEnabledHealthIndicator.class))
			.run((context) -> assertThat(context).doesNotHaveBean(AuthyHealthIndicator.class)
				.hasSingleBean(AuthyClient.class));
	}

	@Test
	void userIndicatorWins() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key")
			.withBean("authyHealthIndicator", HealthIndicator.class, () -> () -> Health.unknown().build())
			.run((context) -> assertThat(context).doesNotHaveBean(AuthyHealthIndicator.class)
				.hasBean("authyHealthIndicator"));
	}

}
