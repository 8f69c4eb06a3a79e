package dev.authyspring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a bad {@code authy.*} value stops the application with the property named,
 * as Spring Boot reports its own, before any request is sent.
 */
class AuthyPropertyValidationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class, AuthyAutoConfiguration.class))
		.withPropertyValues("authy.api-key=test-key");

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "authy.base-url=ftp://example.com | authy.base-url | absolute http or https URL",
					"authy.base-url=https://user@example.com | authy.base-url | must not contain user info",
					"authy.base-url=https://example.com/#top | authy.base-url | must not contain a fragment",
					"authy.api-key=has space | authy.api-key | printable ASCII",
					"authy.connect-timeout=0s | authy.connect-timeout | positive duration",
					"authy.read-timeout=-1s | authy.read-timeout | positive duration",
					"authy.call-timeout=0ms | authy.call-timeout | positive duration",
					"authy.token.min-length=13 | authy.token.min-length | ",
					"authy.retry.max-attempts=0 | authy.retry.max-attempts | at least 1" })
	void namesTheProperty(String setting, String property, String reason) {
		this.contextRunner.withPropertyValues(setting)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("Property " + property)
				.hasMessageContaining((reason != null) ? reason : "")
				.hasMessageNotContaining("has space"));
	}

	@Test
	void neverShowsTheUserInfoOfARejectedUrl() {
		this.contextRunner.withPropertyValues("authy.base-url=https://user:s3cret@example.com")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("must not contain user info")
				.hasMessageContaining("https://<hidden>@example.com")
				.hasMessageNotContaining("s3cret"));
		this.contextRunner.withPropertyValues("authy.base-url=admin:s3cret@example.com")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("absolute http or https URL")
				.hasMessageNotContaining("s3cret"));
	}

}
