package dev.authyspring.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.authyspring.autoconfigure.AuthyAutoConfiguration;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.health.AuthyHealthIndicator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributors;
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
				.hasBean("authyHealthContributor"));
	}

	@Test
	void usesTheCacheSettingAndTheApplicationClock() {
		Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
		this.contextRunner.withPropertyValues("authy.api-key=test-key", "management.health.authy.cache-ttl=2m")
			.withBean(Clock.class, () -> clock)
			.run((context) -> {
				AuthyHealthIndicator indicator = context.getBean(AuthyHealthIndicator.class);
				assertThat(indicator).extracting("cacheTtl").isEqualTo(Duration.ofMinutes(2));
				assertThat(indicator).extracting("clock").isSameAs(clock);
			});
	}

	@Test
	void rejectsNegativeCacheTtl() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key", "management.health.authy.cache-ttl=-1s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("management.health.authy.cache-ttl"));
	}

	@Test
	void coversEachOfSeveralClientsUnderItsBeanName() {
		this.contextRunner
			.withBean("payments", AuthyClient.class, () -> AuthyClient.builder().apiKey("payments-key").build())
			.withBean("support", AuthyClient.class, () -> AuthyClient.builder().apiKey("support-key").build())
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(AuthyHealthIndicator.class);
				CompositeHealthContributor composite = context.getBean("authyHealthContributor",
						CompositeHealthContributor.class);
				assertThat(composite.stream().map(HealthContributors.Entry::name)).containsExactlyInAnyOrder("payments",
						"support");
				assertThat(composite.getContributor("payments")).isInstanceOf(AuthyHealthIndicator.class);
			});
	}

	@Test
	void noIndicatorWithoutClient() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(AuthyHealthIndicator.class));
	}

	@Test
	void createsIndicatorForUserClient() {
		this.contextRunner.withBean(AuthyClient.class, () -> AuthyClient.builder().apiKey("user-key").build())
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
		this.contextRunner.withPropertyValues("authy.api-key=test-key")
			.withBean("authyHealthContributor", HealthIndicator.class, () -> () -> Health.unknown().build())
			.run((context) -> assertThat(context).doesNotHaveBean(AuthyHealthIndicator.class));
	}

}
