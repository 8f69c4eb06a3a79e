package dev.authyspring.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.authyspring.client.model.TokenVerification;
import dev.authyspring.client.model.UserStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Building the client, keeping its API key to itself, and sharing one client between
 * threads.
 */
class AuthyClientTests extends AuthyWireMockTestSupport {

	static final String DETAILS = "/protected/json/app/details";

	// Building

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "key with spaces", "key\twith\ttab", "kéy-not-ascii", "key\n" })
	void builderRejectsUnusableApiKeyWithoutEchoingIt(String key) {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> AuthyClient.builder().apiKey(key).build())
			.withMessageContaining("'apiKey'")
			.satisfies((ex) -> {
				if (key != null && !key.isBlank()) {
					assertThat(ex.getMessage()).doesNotContain(key.trim());
				}
			});
	}

	@Test
	void builderRejectsOverlongApiKey() {
		String key = "k".repeat(257);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> AuthyClient.builder().apiKey(key).build())
			.withMessageContaining("'apiKey'")
			.withMessageNotContaining(key);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "api.authy.com", "ftp://api.authy.com", "https://user:secret@api.authy.com",
			"https://api.authy.com?api_key=1", "http://exa mple.com", "/protected" })
	void builderRejectsBaseUrlThatIsNotPlainHttp(String baseUrl) {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> AuthyClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build())
			.withMessageContaining("'baseUrl'")
			.withMessageNotContaining("secret");
	}

	@Test
	void builderRejectsTimeoutsThatAreNotPositive() {
		for (Duration timeout : new Duration[] { null, Duration.ZERO, Duration.ofMillis(-1) }) {
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> clientBuilder().connectTimeout(timeout).build())
				.withMessageContaining("'connectTimeout'");
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> clientBuilder().readTimeout(timeout).build())
				.withMessageContaining("'readTimeout'");
		}
	}

	@Test
	void defaultsToProductionBaseUrl() {
		assertThat(AuthyClient.builder().apiKey(API_KEY).build().baseUrl()).isEqualTo("https://api.authy.com");
	}

	@Test
	void baseUrlMayHavePathPrefixAndTrailingSlash() {
		AuthyClient prefixed = clientBuilder().baseUrl(wireMock.baseUrl() + "/authy/").build();
		assertThat(prefixed.baseUrl()).isEqualTo(wireMock.baseUrl() + "/authy");
		wireMock.stubFor(
				get(urlPathEqualTo("/authy" + DETAILS)).willReturn(recorded(200, "co-authy/app-details-200.json")));
		assertThat(prefixed.apps().details().name()).isEqualTo("Sandbox App 2");
		assertThat(onlyRequest().getUrl()).isEqualTo("/authy" + DETAILS);
	}

	@Test
	void sendsItsOwnUserAgent() {
		wireMock.stubFor(get(urlPathEqualTo(DETAILS)).willReturn(recorded(200, "co-authy/app-details-200.json")));
		this.client.apps().details();
		assertThat(onlyRequest().getHeader("User-Agent")).startsWith("authy-spring-boot");
	}

	@Test
	void customizerApplies() {
		AuthyClient customized = clientBuilder()
			.customize((builder) -> builder.defaultHeader("X-Request-Source", "tests"))
			.build();
		wireMock.stubFor(get(urlPathEqualTo(DETAILS)).willReturn(recorded(200, "co-authy/app-details-200.json")));
		customized.apps().details();
		assertThat(onlyRequest().getHeader("X-Request-Source")).isEqualTo("tests");
	}

	@Test
	void jdkHttpClientCanBeUsed() {
		AuthyClient jdk = clientBuilder().requestFactoryBuilder(ClientHttpRequestFactoryBuilder.jdk()).build();
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/verify/123456/81547"))
			.willReturn(recorded(200, "co-authy/verify-200.json")));
		assertThat(jdk.tokens().verify(81547, "123456").valid()).isTrue();
		wireMock.verify(1, authyGet("/protected/json/verify/123456/81547"));
	}

	// The API key

	@Test
	void toStringHidesApiKey() {
		assertThat(this.client.toString()).doesNotContain(API_KEY).contains("<hidden>").contains(wireMock.baseUrl());
	}

	@Test
	void apiKeyTravelsOnlyInItsHeader() {
		wireMock.stubFor(get(urlPathEqualTo(DETAILS)).willReturn(recorded(200, "co-authy/app-details-200.json")));
		this.client.apps().details();
		LoggedRequest request = onlyRequest();
		assertThat(request.getHeader(AuthyClient.API_KEY_HEADER)).isEqualTo(API_KEY);
		assertThat(request.getAbsoluteUrl()).doesNotContain(API_KEY).doesNotContain("api_key");
		assertThat(request.getQueryParams()).isEmpty();
	}

	@Test
	void sharedRestClientBuilderIsNotGivenTheKey() {
		RestClient.Builder shared = RestClient.builder();
		AuthyClient authy = clientBuilder().restClientBuilder(shared).build();
		wireMock.stubFor(get(urlPathEqualTo(DETAILS)).willReturn(recorded(200, "co-authy/app-details-200.json")));
		wireMock.stubFor(get(urlPathEqualTo("/elsewhere")).willReturn(json(200, "{}")));
		authy.apps().details();
		shared.baseUrl(wireMock.baseUrl()).build().get().uri("/elsewhere").retrieve().toBodilessEntity();
		List<LoggedRequest> elsewhere = wireMock.findAll(getRequestedFor(urlPathEqualTo("/elsewhere")));
		assertThat(elsewhere).singleElement()
			.satisfies((request) -> assertThat(request.containsHeader(AuthyClient.API_KEY_HEADER)).isFalse());
		wireMock.verify(1, authyGet(DETAILS));
		// The request without a key was ours, not the client's.
		wireMock.resetRequests();
	}

	@Test
	void clientsWithDifferentKeysSendTheirOwn() throws Exception {
		String keyA = "KeyOfApplicationA000000000000000";
		String keyB = "KeyOfApplicationB111111111111111";
		AuthyClient a = clientBuilder().apiKey(keyA).build();
		AuthyClient b = clientBuilder().apiKey(keyB).build();
		String path = "/protected/json/users/5/status";
		wireMock.stubFor(get(urlPathEqualTo(path)).withHeader(AuthyClient.API_KEY_HEADER, equalTo(keyA))
			.willReturn(
					json(200, "{\"status\":{\"authy_id\":111,\"phone_number\":\"XXX-XXX-1111\"},\"success\":true}")));
		wireMock.stubFor(get(urlPathEqualTo(path)).withHeader(AuthyClient.API_KEY_HEADER, equalTo(keyB))
			.willReturn(
					json(200, "{\"status\":{\"authy_id\":222,\"phone_number\":\"XXX-XXX-2222\"},\"success\":true}")));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Long>> fromA = new ArrayList<>();
			List<Future<Long>> fromB = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				fromA.add(pool.submit(() -> a.users().status(5).authyId()));
				fromB.add(pool.submit(() -> b.users().status(5).authyId()));
			}
			for (int i = 0; i < 10; i++) {
				assertThat(fromA.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(111);
				assertThat(fromB.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(222);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(requests()).hasSize(20)
			.extracting((request) -> request.getHeader(AuthyClient.API_KEY_HEADER))
			.containsOnly(keyA, keyB)
			.filteredOn(keyA::equals)
			.hasSize(10);
	}

	// Threads

	@Test
	void oneClientServesSixteenThreads() throws Exception {
		int threads = 16;
		int rounds = 10;
		for (int i = 0; i < threads; i++) {
			long id = 1000 + i;
			wireMock.stubFor(get(urlPathEqualTo("/protected/json/verify/" + token(i) + "/" + id))
				.willReturn((i % 2 == 0) ? recorded(200, "co-authy/verify-200.json")
						: recorded(401, "authy-java/verify-401-60020.json")));
			wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/" + id + "/status")).willReturn(json(200,
					"{\"status\":{\"authy_id\":" + id + ",\"registered\":true,\"phone_number\":\"XXX-XXX-" + (1000 + i)
							+ "\",\"devices\":[\"d" + i + "\"]},\"message\":\"User status.\",\"success\":true}")));
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				int thread = i;
				Callable<Integer> work = () -> {
					start.await();
					long id = 1000 + thread;
					for (int round = 0; round < rounds; round++) {
						TokenVerification verification = this.client.tokens().verify(id, token(thread));
						assertThat(verification.valid()).isEqualTo(thread % 2 == 0);
						assertThat(verification.errorCode()).isEqualTo((thread % 2 == 0) ? null : "60020");
						UserStatus status = this.client.users().status(id);
						assertThat(status.authyId()).isEqualTo(id);
						assertThat(status.devices()).containsExactly("d" + thread);
						assertThat(status.phoneNumber()).endsWith(String.valueOf(1000 + thread));
					}
					return rounds;
				};
				results.add(pool.submit(work));
			}
			start.countDown();
			for (Future<Integer> result : results) {
				assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(rounds);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(requests()).hasSize(threads * rounds * 2);
	}

	static String token(int thread) {
		return String.valueOf(700000 + thread);
	}

}
