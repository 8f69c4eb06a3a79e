package dev.authyspring.simulator.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.authyspring.simulator.AuthySimulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link EnableAuthySimulator} starts a simulator for a Spring test context and
 * points the {@code authy.*} properties at it.
 */
@SpringJUnitConfig(EnableAuthySimulatorTests.Config.class)
@EnableAuthySimulator(apiKey = "spring-test-key")
class EnableAuthySimulatorTests {

	@Autowired
	AuthySimulator simulator;

	@Autowired
	Environment environment;

	@Value("${authy.base-url}")
	String baseUrl;

	@Test
	void pointsAuthyPropertiesAtTheSimulatorBean() throws Exception {
		assertThat(this.baseUrl).isEqualTo(this.simulator.baseUrl()).startsWith("http://127.0.0.1:");
		assertThat(this.environment.getProperty("authy.api-key")).isEqualTo("spring-test-key")
			.isEqualTo(this.simulator.apiKey());
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/protected/json/app/details"))
				.header("X-Authy-API-Key", "spring-test-key")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void factoryIgnoresClassesWithoutTheAnnotation() {
		assertThat(new AuthySimulatorContextCustomizerFactory().createContextCustomizer(String.class, java.util.List.of()))
			.isNull();
		assertThat(new AuthySimulatorContextCustomizerFactory()
			.createContextCustomizer(EnableAuthySimulatorTests.class, java.util.List.of()))
			.isEqualTo(new AuthySimulatorContextCustomizer("spring-test-key"))
			.isNotEqualTo(new AuthySimulatorContextCustomizer(""));
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

	}

}
