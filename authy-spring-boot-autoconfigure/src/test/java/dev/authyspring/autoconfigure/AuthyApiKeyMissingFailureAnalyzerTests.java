package dev.authyspring.autoconfigure;

import dev.authyspring.client.AuthyTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link AuthyApiKeyMissingFailureAnalyzer} in a start that fails: only an
 * analyzer registered in {@code META-INF/spring.factories} explains it.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuthyApiKeyMissingFailureAnalyzerTests {

	@Test
	void aStartWithoutTheApiKeyThatNeedsAnAuthyBeanSaysToSetTheKey(CapturedOutput output) {
		SpringApplication application = new SpringApplication(NeedsTokensApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run().close());
		assertThat(output).contains("APPLICATION FAILED TO START", "A bean of type " + AuthyTokens.class.getName()
				+ " was needed, but the Authy auto-configuration did not run because the property 'authy.api-key' is not set.",
				"Set 'authy.api-key' to your Authy application's API key (in application.yml, or as the environment variable AUTHY_API_KEY), or define a bean of type AuthyTokens yourself.");
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration({ HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
			RestClientAutoConfiguration.class, AuthyAutoConfiguration.class })
	static class NeedsTokensApplication {

		@Bean
		String tokenUser(AuthyTokens tokens) {
			return "uses tokens";
		}

	}

}
