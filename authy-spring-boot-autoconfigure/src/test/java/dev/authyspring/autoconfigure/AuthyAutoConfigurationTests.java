package dev.authyspring.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.authyspring.client.AuthyApps;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.client.AuthyOneTouch;
import dev.authyspring.client.AuthyPhones;
import dev.authyspring.client.AuthyTokens;
import dev.authyspring.client.AuthyTransportException;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.model.AppDetails;
import dev.authyspring.client.model.AppStats;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

/**
 * Tests for {@link AuthyAutoConfiguration}.
 */
class AuthyAutoConfigurationTests {

	private static final String APACHE_HTTP_CLIENT = "Apache-HttpClient/";

	private static final String HTTP_URL_CONNECTION = "Java/";

	private static final String JDK_HTTP_CLIENT = "Java-http-client/";

	private static final String STATS = "{\"app_id\":3,\"count\":0,\"total_users\":115,\"stats\":[],\"message\":\"Monthly statistics.\",\"success\":true}";

	private static final String DETAILS = "{\"app\":{\"name\":\"Verify Sample\",\"plan\":\"pay_as_you_go\",\"sms_enabled\":true,\"phone_calls_enabled\":true,\"app_id\":11111,\"onetouch_enabled\":true},\"message\":\"Application information.\",\"success\":true}";

	// Started for the class, reset before each test.
	@RegisterExtension
	static final WireMockExtension wireMock = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
					RestClientAutoConfiguration.class, AuthyAutoConfiguration.class));

	@Test
	void backsOffWithoutApiKey() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(AuthyClient.class)
			.doesNotHaveBean(AuthyTokens.class)
			.doesNotHaveBean(AuthyProperties.class));
	}

	@Test
	void backsOffWithoutRestClient() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key")
			.withClassLoader(new FilteredClassLoader(RestClient.class))
			.run((context) -> assertThat(context).doesNotHaveBean(AuthyClient.class));
	}

	@Test
	void createsClientAndTheFiveApiBeans() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key").run((context) -> {
			assertThat(context).hasSingleBean(AuthyClient.class)
				.hasSingleBean(AuthyUsers.class)
				.hasSingleBean(AuthyTokens.class)
				.hasSingleBean(AuthyOneTouch.class)
				.hasSingleBean(AuthyPhones.class)
				.hasSingleBean(AuthyApps.class);
			AuthyClient client = context.getBean(AuthyClient.class);
			assertThat(context.getBean(AuthyTokens.class)).isSameAs(client.tokens());
			assertThat(client.baseUrl()).isEqualTo("https://api.authy.com");
			assertThat(client.toString()).doesNotContain("test-key");
			assertThat(context.getBean(AuthyProperties.class).toString()).doesNotContain("test-key");
		});
	}

	@Test
	void userClientWins() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key")
			.withUserConfiguration(UserClientConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(AuthyClient.class);
				assertThat(context.getBean(AuthyClient.class).baseUrl()).isEqualTo("https://authy.example.com");
			});
	}

	@Test
	void userApiBeanWins() {
		AuthyTokens tokens = mock(AuthyTokens.class);
		this.contextRunner.withPropertyValues("authy.api-key=test-key")
			.withBean(AuthyTokens.class, () -> tokens)
			.run((context) -> {
				assertThat(context).hasSingleBean(AuthyTokens.class);
				assertThat(context.getBean(AuthyTokens.class)).isSameAs(tokens);
				assertThat(context).hasSingleBean(AuthyUsers.class);
			});
	}

	@Test
	void callsBaseUrlWithApiKeyHeaderOnly() {
		wireMock.stubFor(get("/protected/json/app/details").willReturn(aResponse().withBody(DETAILS)));
		this.contextRunner.withPropertyValues("authy.api-key=test-key", "authy.base-url=" + wireMock.baseUrl())
			.run((context) -> {
				AppDetails details = context.getBean(AuthyApps.class).details();
				assertThat(details.name()).isEqualTo("Verify Sample");
				wireMock.verify(getRequestedFor(urlEqualTo("/protected/json/app/details"))
					.withHeader(AuthyClient.API_KEY_HEADER, equalTo("test-key")));
				assertThat(wireMock.getAllServeEvents())
					.allSatisfy((event) -> assertThat(event.getRequest().getUrl()).doesNotContain("test-key"));
			});
	}

	@Test
	void appliesReadTimeout() {
		wireMock
			.stubFor(get("/protected/json/app/details").willReturn(aResponse().withBody(DETAILS).withFixedDelay(2000)));
		this.contextRunner
			.withPropertyValues("authy.api-key=test-key", "authy.base-url=" + wireMock.baseUrl(),
					"authy.read-timeout=200ms", "authy.retry.max-attempts=1")
			.run((context) -> {
				long start = System.nanoTime();
				assertThatExceptionOfType(AuthyTransportException.class)
					.isThrownBy(() -> context.getBean(AuthyApps.class).details())
					.withMessageContaining("apps.details")
					.withMessageContaining("read timeout");
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
			});
	}

	@Test
	void appliesTimeoutsToItsOwnRequestFactory() throws IOException {
		String[] properties = { "authy.api-key=test-key", "authy.http-client.factory=simple",
				"authy.retry.max-attempts=1", "authy.connect-timeout=300ms", "authy.read-timeout=400ms" };
		try (FullListener listener = FullListener.open()) {
			this.contextRunner.withPropertyValues(properties)
				.withPropertyValues("authy.base-url=" + listener.url())
				.run((context) -> {
					long start = System.nanoTime();
					assertThatExceptionOfType(AuthyTransportException.class)
						.isThrownBy(() -> context.getBean(AuthyApps.class).details())
						.withMessageContaining("could not connect");
					// The defaults are 5 s to connect and 10 s to read.
					assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300),
							Duration.ofMillis(2500));
				});
		}
		wireMock.stubFor(get("/protected/json/app/stats").willReturn(aResponse().withBody(STATS)));
		wireMock
			.stubFor(get("/protected/json/app/details").willReturn(aResponse().withBody(DETAILS).withFixedDelay(5000)));
		this.contextRunner.withPropertyValues(properties)
			.withPropertyValues("authy.base-url=" + wireMock.baseUrl())
			.withUserConfiguration(LibraryUserAgentConfiguration.class)
			.run((context) -> {
				context.getBean(AuthyApps.class).stats();
				assertThat(lastUserAgent()).startsWith(HTTP_URL_CONNECTION);
				long start = System.nanoTime();
				assertThatExceptionOfType(AuthyTransportException.class)
					.isThrownBy(() -> context.getBean(AuthyApps.class).details())
					.withMessageContaining("read timeout");
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(400),
						Duration.ofMillis(2500));
			});
	}

	@Test
	void defaultsToApacheHttpClientWhenTheApplicationHasIt() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key", "authy.base-url=" + wireMock.baseUrl())
			.withUserConfiguration(LibraryUserAgentConfiguration.class)
			.run((context) -> assertThat(userAgentOfACall(context)).startsWith(APACHE_HTTP_CLIENT));
	}

	@Test
	void defaultsToHttpUrlConnectionWithoutApacheHttpClient() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key", "authy.base-url=" + wireMock.baseUrl())
			.withUserConfiguration(LibraryUserAgentConfiguration.class)
			.withClassLoader(new FilteredClassLoader("org.apache.hc.client5"))
			.run((context) -> assertThat(userAgentOfACall(context)).startsWith(HTTP_URL_CONNECTION));
	}

	@Test
	void configuredHttpClientWinsOverApacheHttpClientOnTheClasspath() {
		this.contextRunner
			.withPropertyValues("authy.api-key=test-key", "authy.base-url=" + wireMock.baseUrl(),
					"authy.http-client.factory=simple")
			.withUserConfiguration(LibraryUserAgentConfiguration.class)
			.run((context) -> assertThat(userAgentOfACall(context)).startsWith(HTTP_URL_CONNECTION));
	}

	@Test
	void usesTheConfiguredHttpClient() {
		this.contextRunner
			.withPropertyValues("authy.api-key=test-key", "authy.base-url=" + wireMock.baseUrl(),
					"authy.http-client.factory=jdk")
			.withUserConfiguration(LibraryUserAgentConfiguration.class)
			.run((context) -> assertThat(userAgentOfACall(context)).startsWith(JDK_HTTP_CLIENT));
	}

	@Test
	void customizersRunLastSoTheyCanReplaceTheRequestFactory() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key")
			.withUserConfiguration(MockServerCustomizerConfiguration.class)
			.run((context) -> {
				MockRestServiceServer server = context.getBean(MockServerHolder.class).server;
				server.expect(requestTo("https://api.authy.com/protected/json/app/stats"))
					.andExpect(method(HttpMethod.GET))
					.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
						.body("{\"app_id\":3,\"count\":0,\"total_users\":115,\"stats\":[],\"message\":\"Monthly statistics.\",\"success\":true}"));
				AppStats stats = context.getBean(AuthyApps.class).stats();
				assertThat(stats.totalUsers()).isEqualTo(115);
				assertThat(context.getBean(MockServerHolder.class).order).containsExactly("boot", "first", "second");
				server.verify();
			});
	}

	@Test
	void bootRestClientCustomizersRunOnTheFirstCallWhenThereAreNoAuthyCustomizers() {
		wireMock.stubFor(get("/protected/json/app/details").willReturn(aResponse().withBody(DETAILS)));
		List<String> customized = new CopyOnWriteArrayList<>();
		this.contextRunner.withPropertyValues("authy.api-key=test-key", "authy.base-url=" + wireMock.baseUrl())
			.withBean(RestClientCustomizer.class, () -> (builder) -> {
				customized.add("boot");
				builder.defaultHeader("X-Customized", "boot");
			})
			.run((context) -> {
				assertThat(customized).isEmpty();
				context.getBean(AuthyApps.class).details();
				context.getBean(AuthyApps.class).details();
				assertThat(customized).containsExactly("boot");
				wireMock.verify(2, getRequestedFor(urlEqualTo("/protected/json/app/details")).withHeader("X-Customized",
						equalTo("boot")));
			});
	}

	@Test
	void recordsObservationsWhenARegistryExists() {
		wireMock.stubFor(get("/protected/json/app/details").willReturn(aResponse().withBody(DETAILS)));
		this.contextRunner.withPropertyValues("authy.api-key=test-key", "authy.base-url=" + wireMock.baseUrl())
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
			.withBean(TestObservationRegistry.class, TestObservationRegistry::create)
			.run((context) -> {
				context.getBean(AuthyApps.class).details();
				TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
				io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(registry)
					.hasObservationWithNameEqualTo("authy.client.requests")
					.that()
					.hasLowCardinalityKeyValue("authy.operation", "apps.details")
					.hasLowCardinalityKeyValue("outcome", "success")
					.hasLowCardinalityKeyValue("error.code", "none");
			});
	}

	@Test
	void failureAnalysisSaysToSetTheApiKey() {
		this.contextRunner.withUserConfiguration(NeedsTokensConfiguration.class).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new AuthyApiKeyMissingFailureAnalyzer(new MockEnvironment())
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains(AuthyTokens.class.getName()).contains("'authy.api-key'");
			assertThat(analysis.getAction()).contains("Set 'authy.api-key'");
			assertThat(new AuthyApiKeyMissingFailureAnalyzer(
					new MockEnvironment().withProperty("authy.api-key", "present"))
				.analyze(context.getStartupFailure())).isNull();
		});
	}

	@Test
	void failureAnalysisIgnoresOtherMissingBeans() {
		this.contextRunner.withUserConfiguration(NeedsRunnableConfiguration.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(
					new AuthyApiKeyMissingFailureAnalyzer(new MockEnvironment()).analyze(context.getStartupFailure()))
				.isNull();
		});
	}

	@Test
	void severalClientsGetNoApiBeansUnlessOneIsPrimary() {
		this.contextRunner.withPropertyValues("authy.api-key=test-key")
			.withBean("payments", AuthyClient.class, () -> AuthyClient.builder().apiKey("payments-key").build())
			.withBean("support", AuthyClient.class, () -> AuthyClient.builder().apiKey("support-key").build())
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(AuthyUsers.class)
				.doesNotHaveBean(AuthyTokens.class)
				.doesNotHaveBean(AuthyApps.class));
		AuthyClient primary = AuthyClient.builder().apiKey("payments-key").build();
		this.contextRunner.withPropertyValues("authy.api-key=test-key")
			.withBean("payments", AuthyClient.class, () -> primary, (definition) -> definition.setPrimary(true))
			.withBean("support", AuthyClient.class, () -> AuthyClient.builder().apiKey("support-key").build())
			.run((context) -> assertThat(context).getBean(AuthyTokens.class).isSameAs(primary.tokens()));
	}

	/**
	 * The User-Agent of a call of the context's Authy client to WireMock: with
	 * {@link LibraryUserAgentConfiguration}, the HTTP library's own, which names it.
	 */
	private static String userAgentOfACall(AssertableApplicationContext context) {
		wireMock.stubFor(get("/protected/json/app/details").willReturn(aResponse().withBody(DETAILS)));
		context.getBean(AuthyApps.class).details();
		return lastUserAgent();
	}

	private static String lastUserAgent() {
		List<ServeEvent> events = wireMock.getAllServeEvents();
		assertThat(events).isNotEmpty();
		// Newest first.
		return events.get(0).getRequest().getHeader(HttpHeaders.USER_AGENT);
	}

	/**
	 * A listener on loopback whose backlog is full: a connection to it is neither
	 * accepted nor refused, so connecting times out.
	 */
	private record FullListener(ServerSocket server, List<Socket> fillers) implements AutoCloseable {

		static FullListener open() throws IOException {
			ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
			List<Socket> fillers = new ArrayList<>();
			// The kernel queues a connection or two beyond the backlog; fill until one
			// waits.
			for (int i = 0; i < 16; i++) {
				Socket filler = new Socket();
				try {
					filler.connect(server.getLocalSocketAddress(), 200);
					fillers.add(filler);
				}
				catch (SocketTimeoutException ex) {
					filler.close();
					return new FullListener(server, fillers);
				}
			}
			server.close();
			throw new IllegalStateException("the listener's backlog never filled");
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getLocalPort();
		}

		@Override
		public void close() throws IOException {
			for (Socket filler : this.fillers) {
				filler.close();
			}
			this.server.close();
		}

	}

	/**
	 * Lets the HTTP library name itself: without the client's User-Agent it sends its
	 * own.
	 */
	@Configuration(proxyBeanMethods = false)
	static class LibraryUserAgentConfiguration {

		@Bean
		AuthyRestClientCustomizer withoutTheAuthyUserAgent() {
			return (builder) -> builder.defaultHeaders((headers) -> headers.remove(HttpHeaders.USER_AGENT));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		@Bean
		AuthyClient userAuthyClient() {
			return AuthyClient.builder().apiKey("user-key").baseUrl("https://authy.example.com").build();
		}

	}

	static class MockServerHolder {

		MockRestServiceServer server;

		final java.util.List<String> order = new java.util.ArrayList<>();

	}

	@Configuration(proxyBeanMethods = false)
	static class MockServerCustomizerConfiguration {

		@Bean
		MockServerHolder mockServerHolder() {
			return new MockServerHolder();
		}

		@Bean
		RestClientCustomizer bootCustomizer(MockServerHolder holder) {
			return (builder) -> holder.order.add("boot");
		}

		@Bean
		@Order(2)
		AuthyRestClientCustomizer secondCustomizer(MockServerHolder holder) {
			return (builder) -> {
				holder.order.add("second");
				holder.server = MockRestServiceServer.bindTo(builder).build();
			};
		}

		@Bean
		@Order(1)
		AuthyRestClientCustomizer firstCustomizer(MockServerHolder holder) {
			return (builder) -> holder.order.add("first");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NeedsTokensConfiguration {

		@Bean
		String tokenUser(AuthyTokens tokens) {
			return "uses tokens";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NeedsRunnableConfiguration {

		@Bean
		String runnableUser(Runnable runnable) {
			return "uses runnable";
		}

	}

}
