package dev.authyspring.simulator.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.authyspring.autoconfigure.AuthyConnectionDetails;
import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.CallbackMethod;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link EnableAuthySimulator} starts a simulator for a Spring test context
 * and points the {@code authy.*} properties at it.
 */
@SpringJUnitConfig(EnableAuthySimulatorTests.Config.class)
@EnableAuthySimulator(apiKey = "spring-test-key")
class EnableAuthySimulatorTests {

	@Autowired
	AuthySimulator simulator;

	@Autowired
	Environment environment;

	@Autowired
	AuthyConnectionDetails connectionDetails;

	@Test
	void suppliesConnectionDetailsOfTheSimulatorBeanInsteadOfProperties() throws Exception {
		String baseUrl = this.connectionDetails.getBaseUrl();
		assertThat(baseUrl).isEqualTo(this.simulator.baseUrl()).startsWith("http://127.0.0.1:");
		assertThat(this.connectionDetails.getApiKey()).isEqualTo("spring-test-key").isEqualTo(this.simulator.apiKey());
		assertThat(this.connectionDetails)
			.hasToString("SimulatorConnectionDetails[baseUrl=" + baseUrl + ", apiKey=<hidden>]");
		assertThat(this.environment.getProperty("authy.base-url")).isNull();
		assertThat(this.environment.getProperty("authy.api-key")).isNull();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/protected/json/app/details"))
				.header("X-Authy-API-Key", "spring-test-key")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void factoryIgnoresClassesWithoutTheAnnotation() {
		assertThat(
				new AuthySimulatorContextCustomizerFactory().createContextCustomizer(String.class, java.util.List.of()))
			.isNull();
		assertThat(new AuthySimulatorContextCustomizerFactory().createContextCustomizer(EnableAuthySimulatorTests.class,
				java.util.List.of()))
			.isEqualTo(new AuthySimulatorContextCustomizer("spring-test-key", "", CallbackMethod.POST))
			.isNotEqualTo(new AuthySimulatorContextCustomizer("", "", CallbackMethod.POST));
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

	}

}
