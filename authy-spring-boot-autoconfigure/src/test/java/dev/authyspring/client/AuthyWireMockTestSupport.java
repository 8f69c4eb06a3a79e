package dev.authyspring.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One WireMock server per test class on a loopback dynamic port, reset before each test,
 * and a client pointed at it whose retry waits are recorded instead of slept. After every
 * test, checks that each request carried an API key in its header and nowhere in its URL.
 */
abstract class AuthyWireMockTestSupport {

	static final String API_KEY = "WireMockTestApiKey0123456789abcd";

	static final String FIXTURES = "/fixtures/responses/";

	static WireMockServer wireMock;

	/** Waits the client asked for between attempts, in order. */
	final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	AuthyClient client;

	@BeforeAll
	static void startWireMock() {
		wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		wireMock.start();
	}

	@AfterAll
	static void stopWireMock() {
		wireMock.stop();
	}

	@BeforeEach
	void resetWireMockAndBuildClient() {
		wireMock.resetAll();
		this.sleeps.clear();
		this.client = clientBuilder().build();
	}

	@AfterEach
	void apiKeyTravelledOnlyInItsHeader() {
		for (ServeEvent event : wireMock.getAllServeEvents()) {
			LoggedRequest request = event.getRequest();
			String key = request.getHeader(AuthyClient.API_KEY_HEADER);
			assertThat(key).as("API key header of %s", request.getUrl()).isNotBlank();
			assertThat(request.getAbsoluteUrl()).doesNotContain(key).doesNotContain(API_KEY);
			assertThat(request.getBodyAsString()).doesNotContain(key);
			assertThat(request.getHeaders().keys()).noneMatch((name) -> name.equalsIgnoreCase("api_key"));
		}
	}

	/**
	 * A builder for a client of the WireMock server: 3 attempts, 200 ms doubling up to 2
	 * s, waits recorded in {@link #sleeps}.
	 */
	AuthyClientBuilder clientBuilder() {
		return AuthyClient.builder()
			.apiKey(API_KEY)
			.baseUrl(wireMock.baseUrl())
			.readTimeout(Duration.ofSeconds(5))
			.retry(new RetrySettings(3, Duration.ofMillis(200), Duration.ofSeconds(2)))
			.sleeper(this.sleeps::add);
	}

	static String fixture(String name) {
		try (InputStream in = AuthyWireMockTestSupport.class.getResourceAsStream(FIXTURES + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A recorded body with the given status, labelled JSON as Authy does. */
	static ResponseDefinitionBuilder recorded(int status, String fixture) {
		return json(status, fixture(fixture));
	}

	static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	/** A GET as the client must send it: key header, JSON accepted, no content type. */
	static RequestPatternBuilder authyGet(String path) {
		return getRequestedFor(urlPathEqualTo(path)).withHeader(AuthyClient.API_KEY_HEADER, equalTo(API_KEY))
			.withHeader("Accept", equalTo("application/json"))
			.withoutHeader("Content-Type");
	}

	/** A POST with a JSON body as the client must send it. */
	static RequestPatternBuilder authyPost(String path) {
		return postRequestedFor(urlPathEqualTo(path)).withHeader(AuthyClient.API_KEY_HEADER, equalTo(API_KEY))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Content-Type", equalTo("application/json"));
	}

	static List<LoggedRequest> requests() {
		return wireMock.getAllServeEvents().stream().map(ServeEvent::getRequest).toList();
	}

	static LoggedRequest onlyRequest() {
		List<LoggedRequest> requests = requests();
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	static void assertNoRequestSent() {
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

}
