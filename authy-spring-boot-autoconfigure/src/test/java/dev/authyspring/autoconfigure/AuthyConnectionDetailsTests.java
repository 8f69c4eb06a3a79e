package dev.authyspring.autoconfigure;

import dev.authyspring.autoconfigure.onetouch.OneTouchCallbackAutoConfiguration;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.client.AuthyTokens;
import dev.authyspring.core.onetouch.OneTouchSignatureVerifier;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthyConnectionDetails} and the condition on a usable connection.
 */
class AuthyConnectionDetailsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class, AuthyAutoConfiguration.class));

	@Test
	void emptyApiKeyBacksOffLikeAMissingOne() {
		for (String empty : new String[] { "authy.api-key=", "authy.api-key=   " }) {
			this.contextRunner.withPropertyValues(empty)
				.run((context) -> assertThat(context).as(empty)
					.hasNotFailed()
					.doesNotHaveBean(AuthyClient.class)
					.doesNotHaveBean(AuthyConnectionDetails.class));
		}
		this.contextRunner.withSystemProperties("AUTHY_API_KEY=")
			.withPropertyValues("authy.api-key=${AUTHY_API_KEY:}")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AuthyClient.class));
	}

	@Test
	void propertiesAreTheDefaultConnection() {
		this.contextRunner.withPropertyValues("authy.api-key=property-key", "authy.base-url=https://authy.example.com")
			.run((context) -> {
				AuthyConnectionDetails details = context.getBean(AuthyConnectionDetails.class);
				assertThat(details).isInstanceOf(PropertiesAuthyConnectionDetails.class);
				assertThat(details.getApiKey()).isEqualTo("property-key");
				assertThat(details.toString()).doesNotContain("property-key");
				assertThat(context.getBean(AuthyClient.class).baseUrl()).isEqualTo("https://authy.example.com");
			});
	}

	@Test
	void aConnectionDetailsBeanReplacesTheProperties() {
		this.contextRunner.withPropertyValues("authy.api-key=ignored-key", "authy.base-url=https://ignored.example.com")
			.withBean(AuthyConnectionDetails.class, () -> new Fixed("https://platform.example.com", "platform-key"))
			.run((context) -> {
				assertThat(context).hasSingleBean(AuthyConnectionDetails.class)
					.doesNotHaveBean(PropertiesAuthyConnectionDetails.class);
				assertThat(context.getBean(AuthyClient.class).baseUrl()).isEqualTo("https://platform.example.com");
			});
	}

	@Test
	void aConnectionDetailsBeanIsEnoughWithoutAnyProperty() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class, AuthyAutoConfiguration.class,
					OneTouchCallbackAutoConfiguration.class))
			.withBean(AuthyConnectionDetails.class, () -> new Fixed("https://platform.example.com", "platform-key"))
			.withPropertyValues("authy.onetouch.callback.enabled=true")
			.run((context) -> {
				assertThat(context).hasSingleBean(AuthyClient.class).hasSingleBean(AuthyTokens.class);
				// Callbacks, once enabled, are verified with the key of the connection.
				assertThat(context).hasSingleBean(OneTouchSignatureVerifier.class);
				assertThat(context.getEnvironment().getProperty("authy.api-key")).isNull();
			});
	}

	@Test
	void aBadKeyFromTheBeanNamesTheBeanNotTheProperty() {
		this.contextRunner
			.withBean(AuthyConnectionDetails.class, () -> new Fixed("https://a.example.com", "with space"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining(Fixed.class.getName())
				.hasMessageContaining("API key")
				.hasMessageNotContaining("with space"));
	}

	record Fixed(String baseUrl, String apiKey) implements AuthyConnectionDetails {

		@Override
		public String getBaseUrl() {
			return this.baseUrl;
		}

		@Override
		public String getApiKey() {
			return this.apiKey;
		}

	}

}
