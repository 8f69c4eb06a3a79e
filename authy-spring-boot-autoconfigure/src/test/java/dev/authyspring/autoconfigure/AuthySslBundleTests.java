package dev.authyspring.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.authyspring.client.AuthyApps;
import dev.authyspring.client.AuthyTransportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for Authy calls over TLS to a server whose certificate only an SSL bundle trusts,
 * as behind a proxy with its own certificate authority.
 */
class AuthySslBundleTests {

	private static final String DETAILS = "{\"app\":{\"name\":\"Behind The Proxy\",\"app_id\":7,\"sms_enabled\":true},\"message\":\"Application information.\",\"success\":true}";

	private static final String TRUST_PROXY = "spring.ssl.bundle.pem.proxy.truststore.certificate=classpath:tls/server.crt";

	// A self-signed certificate for localhost (src/test/resources/tls/README.md).
	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(options().dynamicPort()
			.dynamicHttpsPort()
			.keystorePath("src/test/resources/tls/server.p12")
			.keystoreType("PKCS12")
			.keystorePassword("changeit")
			.keyManagerPassword("changeit"))
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
				RestClientAutoConfiguration.class, AuthyAutoConfiguration.class));

	@BeforeEach
	void stubDetails() {
		wireMock.stubFor(get("/protected/json/app/details").willReturn(aResponse().withBody(DETAILS)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "simple", "jdk", "jetty", "reactor" })
	void trustsTheServerThroughTheConfiguredBundle(String factory) {
		this.contextRunner
			.withPropertyValues("authy.api-key=tls-key", "authy.base-url=" + httpsUrl(), TRUST_PROXY,
					"authy.http-client.ssl.bundle=proxy", "authy.http-client.factory=" + factory)
			.run((context) -> assertThat(context.getBean(AuthyApps.class).details().name())
				.isEqualTo("Behind The Proxy"));
	}

	@Test
	void refusesTheServerWithoutTheBundle() {
		this.contextRunner.withPropertyValues("authy.api-key=tls-key", "authy.base-url=" + httpsUrl(), TRUST_PROXY)
			.run((context) -> assertThatExceptionOfType(AuthyTransportException.class)
				.isThrownBy(() -> context.getBean(AuthyApps.class).details()));
	}

	@Test
	void usesTheBundleOfBootsHttpClientSettingsByDefault() {
		this.contextRunner
			.withPropertyValues("authy.api-key=tls-key", "authy.base-url=" + httpsUrl(), TRUST_PROXY,
					"spring.http.clients.ssl.bundle=proxy")
			.run((context) -> assertThat(context.getBean(AuthyApps.class).details().name())
				.isEqualTo("Behind The Proxy"));
	}

	@Test
	void rejectsAnUnknownBundleAtStartup() {
		this.contextRunner
			.withPropertyValues("authy.api-key=tls-key", TRUST_PROXY, "authy.http-client.ssl.bundle=missing")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("authy.http-client.ssl.bundle")
				.hasMessageContaining("no SSL bundle of that name"));
	}

	private static String httpsUrl() {
		return "https://localhost:" + wireMock.getRuntimeInfo().getHttpsPort();
	}

}
