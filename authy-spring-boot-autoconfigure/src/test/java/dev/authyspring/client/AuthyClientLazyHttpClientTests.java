package dev.authyspring.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests that the HTTP client under an {@link AuthyClient} is built on its first call,
 * once, and released by {@link AuthyClient#close()}.
 */
class AuthyClientLazyHttpClientTests extends AuthyWireMockTestSupport {

	private final AtomicInteger built = new AtomicInteger();

	private final AtomicInteger released = new AtomicInteger();

	private final List<String> builderCalls = new CopyOnWriteArrayList<>();

	@Test
	void buildingTheClientBuildsNoHttpClient() {
		AuthyClient client = clientBuilder().requestFactoryBuilder(countingFactory()).build();
		assertThat(client.users()).isNotNull();
		assertThat(this.built).hasValue(0);
	}

	@Test
	void firstCallBuildsTheHttpClientOnceAndLaterCallsReuseIt() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/1635/status"))
			.willReturn(recorded(200, "authy-java/users-status-200.json")));
		AuthyClient client = clientBuilder().requestFactoryBuilder(countingFactory()).build();
		client.users().status(1635);
		client.users().status(1635);
		client.withRetry(RetrySettings.NONE).users().status(1635);
		assertThat(this.built).hasValue(1);
		assertThat(requests()).hasSize(3);
	}

	@Test
	void concurrentFirstCallsBuildOneHttpClient() throws Exception {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/1635/status"))
			.willReturn(recorded(200, "authy-java/users-status-200.json")));
		AuthyClient client = clientBuilder().requestFactoryBuilder(countingFactory()).build();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> calls = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(executor.submit(() -> {
					start.await();
					return client.users().status(1635);
				}));
			}
			start.countDown();
			for (Future<?> call : calls) {
				assertThat(call.get(10, TimeUnit.SECONDS)).isNotNull();
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.built).hasValue(1);
	}

	@Test
	void closingAnUnusedClientBuildsNothingAndLaterCallsFailClearly() {
		AuthyClient client = clientBuilder().requestFactoryBuilder(countingFactory()).build();
		client.close();
		assertThatIllegalStateException().isThrownBy(() -> client.users().status(1635))
			.withMessage("The Authy client is closed");
		assertThat(this.built).hasValue(0);
		assertNoRequestSent();
	}

	@Test
	void closeReleasesTheHttpClientBuiltOnFirstCall() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/1635/status"))
			.willReturn(recorded(200, "authy-java/users-status-200.json")));
		AuthyClient client = clientBuilder().requestFactoryBuilder(countingFactory()).build();
		client.users().status(1635);
		client.withRetry(RetrySettings.NONE).close();
		assertThat(this.released).hasValue(0);
		client.close();
		client.close();
		assertThat(this.released).hasValue(1);
	}

	@Test
	void customizersRunWhenTheClientIsBuiltSoThatWhatTheyBindIsReadyBeforeTheFirstCall() {
		AuthyClient client = clientBuilder().requestFactoryBuilder(countingFactory())
			.customize((builder) -> this.builderCalls.add("customizer"))
			.build();
		assertThat(this.builderCalls).containsExactly("customizer");
		assertThat(this.built).hasValue(0);
		client.close();
	}

	@Test
	void withoutCustomizationsTheRestClientBuilderIsPreparedOnTheFirstCallOnly() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/1635/status"))
			.willReturn(recorded(200, "authy-java/users-status-200.json")));
		AtomicInteger asked = new AtomicInteger();
		AuthyClient client = clientBuilder().prepareRestClientBuilder((builder) -> asked.incrementAndGet()).build();
		assertThat(asked).hasValue(0);
		client.users().status(1635);
		client.users().status(1635);
		assertThat(asked).hasValue(1);
		wireMock.verify(2, authyGet("/protected/json/users/1635/status"));
	}

	@Test
	void withCustomizationsTheRestClientBuilderIsPreparedWhenTheClientIsBuilt() {
		clientBuilder().prepareRestClientBuilder((builder) -> this.builderCalls.add("preparation"))
			.customize((builder) -> this.builderCalls.add("customizer"))
			.build();
		assertThat(this.builderCalls).containsExactly("preparation", "customizer");
	}

	@Test
	void aPreparationThatFailsOnTheFirstCallFailsTheCallWithItsCause() {
		AuthyClient client = clientBuilder().prepareRestClientBuilder((builder) -> {
			throw new IllegalArgumentException("broken RestClientCustomizer");
		}).build();
		assertThatIllegalStateException().isThrownBy(() -> client.users().status(1635))
			.withMessageStartingWith("Could not build the Authy client's RestClient")
			.withMessageContaining("broken RestClientCustomizer");
		assertNoRequestSent();
	}

	@Test
	void aCustomizationThatFailsFailsTheBuildWithItsCause() {
		assertThatIllegalStateException().isThrownBy(() -> clientBuilder().customize((builder) -> {
			throw new IllegalArgumentException("broken AuthyRestClientCustomizer");
		}).build())
			.withMessageStartingWith("Could not build the Authy client's RestClient")
			.withMessageContaining("broken AuthyRestClientCustomizer");
	}

	@Test
	void theClientsOwnSettingsWinOverAPreparationAndACustomizationWinsOverThem() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/1635/status"))
			.willReturn(recorded(200, "authy-java/users-status-200.json")));
		AuthyClient client = clientBuilder()
			.prepareRestClientBuilder(
					(builder) -> builder.defaultHeader("User-Agent", "prepared").defaultHeader("X-Prepared", "yes"))
			.build();
		client.users().status(1635);
		assertThat(onlyRequest().getHeader("User-Agent")).startsWith("authy-spring-boot");
		assertThat(onlyRequest().getHeader("X-Prepared")).isEqualTo("yes");
		wireMock.resetRequests();
		AuthyClient customized = clientBuilder()
			.customize((builder) -> builder.defaultHeader("User-Agent", "customized"))
			.build();
		customized.users().status(1635);
		assertThat(onlyRequest().getHeader("User-Agent")).isEqualTo("customized");
	}

	@Test
	void changesToAGivenBuilderAfterBuildDoNotReachTheClient() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/1635/status"))
			.willReturn(recorded(200, "authy-java/users-status-200.json")));
		RestClient.Builder given = RestClient.builder().defaultHeader("X-Before", "yes");
		AuthyClient client = clientBuilder().restClientBuilder(given).build();
		given.defaultHeader("X-After", "yes");
		client.users().status(1635);
		assertThat(onlyRequest().getHeader("X-Before")).isEqualTo("yes");
		assertThat(onlyRequest().containsHeader("X-After")).isFalse();
	}

	@Test
	void httpClientThatCannotBeBuiltFailsTheCallWithItsCause() {
		AuthyClient client = clientBuilder().requestFactoryBuilder((settings) -> {
			throw new NoClassDefFoundError("org/eclipse/jetty/client/HttpClient");
		}).build();
		assertThatIllegalStateException().isThrownBy(() -> client.users().status(1635))
			.withMessageStartingWith("Could not build the Authy client's HTTP client")
			.withMessageContaining("org/eclipse/jetty/client/HttpClient");
		assertNoRequestSent();
	}

	private ClientHttpRequestFactoryBuilder<SimpleClientHttpRequestFactory> countingFactory() {
		return (settings) -> {
			this.built.incrementAndGet();
			return new ReleasableRequestFactory(this.released);
		};
	}

	/** A plain HttpURLConnection factory that counts its release. */
	static final class ReleasableRequestFactory extends SimpleClientHttpRequestFactory implements DisposableBean {

		private final AtomicInteger released;

		ReleasableRequestFactory(AtomicInteger released) {
			this.released = released;
		}

		@Override
		public void destroy() {
			this.released.incrementAndGet();
		}

	}

}
