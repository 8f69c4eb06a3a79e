package dev.authyspring.autoconfigure.onetouch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.authyspring.core.onetouch.CallbackHeaders;
import dev.authyspring.core.onetouch.NonceFreshness;
import dev.authyspring.core.onetouch.OneTouchSignatureVerifier;
import dev.authyspring.onetouch.InMemoryOneTouchNonceStore;
import dev.authyspring.onetouch.MicrometerOneTouchCallbackMetrics;
import dev.authyspring.onetouch.OneTouchCallbackMetrics;
import dev.authyspring.onetouch.OneTouchCallbackProcessor;
import dev.authyspring.onetouch.OneTouchNonceStore;
import dev.authyspring.onetouch.web.OneTouchCallbackHandler;
import dev.authyspring.onetouch.web.ReactiveOneTouchCallbackHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import static dev.authyspring.core.onetouch.OneTouchVectors.A1_1_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_1_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_5_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_5_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_URL;
import static dev.authyspring.core.onetouch.OneTouchVectors.UPHOLD_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.fixture;
import static dev.authyspring.core.onetouch.OneTouchVectors.fixtureText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OneTouchCallbackAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class OneTouchCallbackAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OneTouchCallbackAutoConfiguration.class))
		.withPropertyValues("authy.onetouch.callback.enabled=true");

	private final WebApplicationContextRunner unconfiguredRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OneTouchCallbackAutoConfiguration.class))
		.withPropertyValues("authy.api-key=" + JAVA_KEY);

	@Test
	void mapsNoEndpointUntilTheApplicationConfiguresCallbacks() {
		this.unconfiguredRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(OneTouchCallbackProperties.class)
			.doesNotHaveBean(OneTouchNonceStore.class)
			.doesNotHaveBean(OneTouchCallbackHandler.class)
			.doesNotHaveBean("oneTouchCallbackHandlerMapping"));
	}

	@Test
	void mapsEndpointWhenTheCallbackUrlIsSet() {
		this.unconfiguredRunner.withPropertyValues("authy.onetouch.callback.url=" + JAVA_URL)
			.run((context) -> assertThat(context).hasSingleBean(OneTouchCallbackHandler.class)
				.hasBean("oneTouchCallbackHandlerMapping"));
	}

	@Test
	void mapsNoEndpointForABlankCallbackUrl() {
		this.unconfiguredRunner.withPropertyValues("authy.onetouch.callback.url= ")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(OneTouchCallbackHandler.class));
	}

	@Test
	void disabledWinsOverTheCallbackUrl() {
		this.unconfiguredRunner
			.withPropertyValues("authy.onetouch.callback.url=" + JAVA_URL, "authy.onetouch.callback.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(OneTouchCallbackHandler.class)
				.doesNotHaveBean("oneTouchCallbackHandlerMapping"));
	}

	@Test
	void createsEndpointWhenEnabledWithoutCallbackUrl() {
		this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY).run((context) -> {
			assertThat(context).hasSingleBean(OneTouchSignatureVerifier.class)
				.hasSingleBean(OneTouchCallbackHandler.class)
				.hasBean("oneTouchCallbackHandlerMapping")
				.doesNotHaveBean(OneTouchCallbackMetrics.class);
			assertThat(context).getBean(OneTouchNonceStore.class).isInstanceOf(InMemoryOneTouchNonceStore.class);
		});
	}

	@Test
	void mapsExactlyTheConfiguredPathAheadOfApplicationMappings() {
		this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.path=/hooks/authy")
			.run((context) -> {
				SimpleUrlHandlerMapping mapping = context.getBean("oneTouchCallbackHandlerMapping",
						SimpleUrlHandlerMapping.class);
				assertThat(mapping.getOrder()).isEqualTo(-100);
				assertThat(mapping.getUrlMap()).containsOnlyKeys("/hooks/authy");
				assertThat(mapping.getUrlMap().get("/hooks/authy"))
					.isSameAs(context.getBean(OneTouchCallbackHandler.class));
			});
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(OneTouchCallbackProcessor.class)
				.doesNotHaveBean(OneTouchCallbackHandler.class)
				.doesNotHaveBean(OneTouchSignatureVerifier.class)
				.doesNotHaveBean("oneTouchCallbackHandlerMapping"));
	}

	@Test
	void backsOffWithoutApiKey() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(OneTouchCallbackHandler.class)
			.doesNotHaveBean("oneTouchCallbackHandlerMapping"));
	}

	@Test
	void backsOffInNonWebApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OneTouchCallbackAutoConfiguration.class))
			.withPropertyValues("authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(OneTouchCallbackHandler.class));
	}

	@Test
	void routesCallbacksInReactiveWebApplication() {
		Instant nonceTime = Instant.ofEpochSecond(Long.parseLong(A1_5_NONCE));
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OneTouchCallbackAutoConfiguration.class))
			.withPropertyValues("authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.path=/hooks/authy",
					"authy.onetouch.callback.url=" + JAVA_URL)
			.withBean(Clock.class, () -> Clock.fixed(nonceTime, ZoneOffset.UTC))
			.run((context) -> {
				assertThat(context).hasSingleBean(OneTouchCallbackProcessor.class)
					.hasSingleBean(ReactiveOneTouchCallbackHandler.class)
					.doesNotHaveBean(OneTouchCallbackHandler.class)
					.doesNotHaveBean("oneTouchCallbackHandlerMapping");
				WebTestClient client = WebTestClient
					.bindToRouterFunction(context.getBean("oneTouchCallbackRouterFunction", RouterFunction.class))
					.build();
				URI vector = URI.create("/hooks/authy?" + fixtureText("a1_5-query.txt"));
				client.get()
					.uri(vector)
					.header("X-Authy-Signature-Nonce", A1_5_NONCE)
					.header("X-Authy-Signature", A1_5_SIGNATURE)
					.exchange()
					.expectStatus()
					.isOk();
				client.get().uri(vector).exchange().expectStatus().isUnauthorized();
				client.delete().uri("/hooks/authy").exchange().expectStatus().isEqualTo(405);
				client.get().uri("/hooks/authy/x").exchange().expectStatus().isNotFound();
				client.post().uri("/authy/onetouch/callback").exchange().expectStatus().isNotFound();
			});
	}

	@Test
	void userReactiveBeansWin() {
		RouterFunction<ServerResponse> routes = RouterFunctions.route(RequestPredicates.path("/mine"),
				(request) -> ServerResponse.ok().build());
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OneTouchCallbackAutoConfiguration.class))
			.withPropertyValues("authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.enabled=true")
			.withBean("oneTouchCallbackRouterFunction", RouterFunction.class, () -> routes)
			.run((context) -> assertThat(context).getBean("oneTouchCallbackRouterFunction").isSameAs(routes));
	}

	@Test
	void createsNoServletEndpointWithoutSpringMvc() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
			.withPropertyValues("authy.api-key=" + JAVA_KEY)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(OneTouchCallbackProcessor.class)
				.doesNotHaveBean(OneTouchCallbackHandler.class)
				.doesNotHaveBean("oneTouchCallbackHandlerMapping"));
	}

	@Test
	void userBeansWin() {
		this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY)
			.withUserConfiguration(UserBeansConfiguration.class)
			.run((context) -> {
				assertThat(context).getBean(OneTouchNonceStore.class)
					.isSameAs(context.getBean(UserBeansConfiguration.class).store);
				assertThat(context).getBean(OneTouchSignatureVerifier.class)
					.isSameAs(context.getBean(UserBeansConfiguration.class).verifier);
				assertThat(context).getBean(OneTouchCallbackMetrics.class)
					.isSameAs(context.getBean(UserBeansConfiguration.class).metrics);
				assertThat(context).getBean("oneTouchCallbackHandlerMapping")
					.isSameAs(context.getBean(UserBeansConfiguration.class).mapping);
			});
	}

	@Test
	void ignoresTheProcessorSettingsWhenTheApplicationHasItsOwnProcessor() {
		OneTouchCallbackProcessor processor = applicationProcessor();
		this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.max-age=-1s")
			.withBean("myProcessor", OneTouchCallbackProcessor.class, () -> processor)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aProcessorThatCannotBeCreatedFailsTheCallbackWithoutABody() {
		this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY)
			.withBean("oneVerifier", OneTouchSignatureVerifier.class, () -> OneTouchSignatureVerifier.of(JAVA_KEY))
			.withBean("otherVerifier", OneTouchSignatureVerifier.class, () -> OneTouchSignatureVerifier.of(JAVA_KEY))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				MockHttpServletResponse response = new MockHttpServletResponse();
				context.getBean(OneTouchCallbackHandler.class)
					.handleRequest(new MockHttpServletRequest("POST", "/authy/onetouch/callback"), response);
				assertThat(response.getStatus()).isEqualTo(500);
				assertThat(response.getContentAsByteArray()).isEmpty();
			});
	}

	private static OneTouchCallbackProcessor applicationProcessor() {
		return new OneTouchCallbackProcessor(OneTouchSignatureVerifier.of(JAVA_KEY),
				new NonceFreshness(Duration.ZERO, Duration.ZERO, Clock.systemUTC()), new InMemoryOneTouchNonceStore(),
				(event) -> {
				}, OneTouchCallbackMetrics.none(), null);
	}

	@Test
	void userProcessorAndHandlerWin() {
		OneTouchCallbackProcessor processor = applicationProcessor();
		OneTouchCallbackHandler handler = new OneTouchCallbackHandler(processor);
		this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY)
			.withBean("myProcessor", OneTouchCallbackProcessor.class, () -> processor)
			.withBean("myHandler", OneTouchCallbackHandler.class, () -> handler)
			.run((context) -> {
				assertThat(context).getBean(OneTouchCallbackProcessor.class).isSameAs(processor);
				assertThat(context).getBean(OneTouchCallbackHandler.class).isSameAs(handler);
			});
	}

	@Test
	void acceptsAdditionalKeysForRotation() {
		this.contextRunner
			.withPropertyValues("authy.api-key=" + UPHOLD_KEY,
					"authy.onetouch.callback.additional-keys=other," + JAVA_KEY)
			.run((context) -> {
				OneTouchSignatureVerifier verifier = context.getBean(OneTouchSignatureVerifier.class);
				CallbackHeaders headers = CallbackHeaders.of(Map.of("X-Authy-Signature-Nonce", List.of(A1_1_NONCE),
						"X-Authy-Signature", List.of(A1_1_SIGNATURE)));
				assertThat(verifier.verifyPost(JAVA_URL, headers, fixture("a1_1-body.json")).nonce())
					.isEqualTo(A1_1_NONCE);
			});
	}

	@Test
	void createsTheCallbackCoreForTheFirstCallbackNotAtStartUp() {
		this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY).run((context) -> {
			assertThat(context.getBeanFactory().containsSingleton("oneTouchCallbackProcessor")).isFalse();
			assertThat(context.getBeanFactory().containsSingleton("oneTouchSignatureVerifier")).isFalse();
			MockHttpServletResponse response = new MockHttpServletResponse();
			context.getBean(OneTouchCallbackHandler.class)
				.handleRequest(new MockHttpServletRequest("POST", "/authy/onetouch/callback"), response);
			// Unsigned: rejected by the processor, which now exists.
			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(context.getBeanFactory().containsSingleton("oneTouchCallbackProcessor")).isTrue();
		});
	}

	@Test
	void failsAtStartUpOnACallbackSettingTheLazyProcessorWouldReject() {
		this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.max-age=-1s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("authy.onetouch.callback.max-age"));
		this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.url=ftp://x/cb")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("authy.onetouch.callback.url"));
	}

	@Test
	void failsOnEmptyAdditionalKey() {
		this.contextRunner
			.withPropertyValues("authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.additional-keys[0]=")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("authy.onetouch.callback.additional-keys[0]"));
	}

	@Test
	void countsCallbacksWhenMeterRegistryExists() {
		this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> assertThat(context).hasSingleBean(MicrometerOneTouchCallbackMetrics.class));
	}

	@Test
	void worksWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.withPropertyValues("authy.api-key=" + JAVA_KEY)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(OneTouchCallbackHandler.class)
				.doesNotHaveBean(OneTouchCallbackMetrics.class));
	}

	@Test
	void failsOnCallbackUrlThatIsNotAbsoluteHttp() {
		for (String url : new String[] { "requestb.in/ui9vdiui", "ftp://requestb.in/x", JAVA_URL + "?a=b",
				JAVA_URL + "#top", "https:///path" }) {
			this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.url=" + url)
				.run((context) -> assertThat(context).as(url)
					.hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining("authy.onetouch.callback.url"));
		}
	}

	@Test
	void failsOnNegativeDurationsAndRelativePath() {
		for (String property : new String[] { "authy.onetouch.callback.max-age=-1s",
				"authy.onetouch.callback.max-clock-skew=-1s", "authy.onetouch.callback.path=hooks" }) {
			String name = property.substring(0, property.indexOf('='));
			this.contextRunner.withPropertyValues("authy.api-key=" + JAVA_KEY, property)
				.run((context) -> assertThat(context).as(property)
					.hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining(name));
		}
	}

	@Test
	void servesConfiguredPathWithClockBean(CapturedOutput output) {
		Instant nonceTime = Instant.ofEpochSecond(Long.parseLong(A1_5_NONCE));
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(DispatcherServletAutoConfiguration.class,
					WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class))
			.withPropertyValues("authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.path=/hooks/authy",
					"authy.onetouch.callback.url=" + JAVA_URL)
			.withBean(Clock.class, () -> Clock.fixed(nonceTime, ZoneOffset.UTC))
			.run((context) -> {
				MockMvcTester mvc = MockMvcTester.from(context);
				URI vector = URI.create("/hooks/authy?" + fixtureText("a1_5-query.txt"));
				assertThat(mvc.get()
					.uri(vector)
					.header("X-Authy-Signature-Nonce", A1_5_NONCE)
					.header("X-Authy-Signature", A1_5_SIGNATURE)).hasStatusOk();
				assertThat(mvc.get().uri(vector)).hasStatus(401);
				assertThat(mvc.put().uri("/hooks/authy")).hasStatus(405).headers().hasValue("Allow", "GET, POST");
				assertThat(mvc.head().uri("/hooks/authy")).hasStatus(405).headers().hasValue("Allow", "GET, POST");
				assertThat(mvc.options().uri("/hooks/authy")).hasStatus(405).headers().hasValue("Allow", "GET, POST");
				assertThat(mvc.get().uri("/hooks/authy/")).hasStatus(404);
				assertThat(mvc.get().uri("/hooks/authy.json")).hasStatus(404);
				assertThat(mvc.post().uri("/authy/onetouch/callback")).hasStatus(404);
			});
		assertThat(output).contains("OneTouch callbacks mapped to GET and POST '/hooks/authy'");
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeansConfiguration {

		final OneTouchNonceStore store = new InMemoryOneTouchNonceStore(5, Clock.systemUTC());

		final OneTouchSignatureVerifier verifier = OneTouchSignatureVerifier.of("user-key");

		final OneTouchCallbackMetrics metrics = (outcome, status) -> {
		};

		final HttpRequestHandler handler = (request, response) -> {
		};

		final SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/elsewhere", this.handler));

		@Bean
		OneTouchNonceStore userNonceStore() {
			return this.store;
		}

		@Bean
		OneTouchSignatureVerifier userVerifier() {
			return this.verifier;
		}

		@Bean
		OneTouchCallbackMetrics userMetrics() {
			return this.metrics;
		}

		@Bean
		SimpleUrlHandlerMapping oneTouchCallbackHandlerMapping() {
			return this.mapping;
		}

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
