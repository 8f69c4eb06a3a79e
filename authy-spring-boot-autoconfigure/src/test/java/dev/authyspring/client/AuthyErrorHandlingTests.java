package dev.authyspring.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.authyspring.client.model.NewUser;
import dev.authyspring.client.model.VerificationOptions;
import dev.authyspring.client.model.Via;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.mock.http.client.MockClientHttpRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each kind of failure becomes the right exception, with a short useful message that
 * never carries the API key, a token, an email or a full phone number.
 */
class AuthyErrorHandlingTests extends AuthyWireMockTestSupport {

	static final String NEW_USER = "/protected/json/users/new";

	static final String VERIFY = "/protected/json/verify/987654/81547";

	static final String HTML_502 = "uphold-authy-client/bad-gateway.html";

	static String stackTrace(Throwable ex) {
		StringWriter text = new StringWriter();
		ex.printStackTrace(new PrintWriter(text));
		return text.toString();
	}

	@Test
	void anHttpLibrarysOwnUncheckedFailureIsATransportErrorAndIsNotRetried() {
		AtomicInteger sent = new AtomicInteger();
		// What Apache HttpClient throws when a request is aborted while it leases a
		// connection.
		ClientHttpRequestFactory failing = (uri, method) -> new MockClientHttpRequest(method, uri) {

			@Override
			protected ClientHttpResponse executeInternal() {
				sent.incrementAndGet();
				throw new IllegalStateException("Endpoint not acquired / already released");
			}

		};
		AuthyClient failingClient = clientBuilder().customize((builder) -> builder.requestFactory(failing)).build();
		AuthyTransportException ex = catchThrowableOfType(AuthyTransportException.class,
				() -> failingClient.users().status(81547));
		assertThat(ex.getMessage()).contains("users.status", "the HTTP client failed", "IllegalStateException");
		assertThat(ex.getCause()).as("its message may quote the request URI").isNull();
		assertThat(sent).as("a read that may have been sent is not sent again").hasValue(1);
		assertThat(this.sleeps).isEmpty();
	}

	// Error answers from Authy

	@Test
	void validationErrorCarriesStatusCodeMessageAndFieldErrors() {
		wireMock
			.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(recorded(400, "authy-java/users-new-400-60027.json")));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.users().create(NewUser.of("test@example.com", "3003003333", 57)));
		assertThat(ex).isInstanceOf(AuthyException.class);
		assertThat(ex.getOperation()).isEqualTo("users.create");
		assertThat(ex.getHttpStatus()).isEqualTo(400);
		assertThat(ex.getErrorCode()).isEqualTo("60027");
		assertThat(ex.getAuthyMessage()).isEqualTo("User was not valid");
		assertThat(ex.getFieldErrors()).containsExactly(Map.entry("cellphone", "is invalid"));
		assertThat(ex.getMessage()).contains("users.create", "HTTP 400", "60027", "User was not valid", "cellphone")
			.doesNotContain("3003003333")
			.doesNotContain("test@example.com");
	}

	@Test
	void proxyPageEchoingTheApiKeyIsRedactedInTheExcerpt() {
		wireMock.stubFor(get(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body><h1>Bad gateway</h1><pre>GET /protected/json/verify\nX-Authy-API-Key: " + API_KEY
					+ "\nHost: api.authy.com</pre></body></html>")));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.tokens().verify(81547, "987654"));
		assertThat(ex.getMessage()).contains("X-Authy-API-Key: <api-key>").doesNotContain(API_KEY);
		assertThat(stackTrace(ex)).doesNotContain(API_KEY);
	}

	@Test
	void apiKeyAtTheExcerptsCutIsRedactedWhole() {
		for (int padding = 100; padding <= 125; padding++) {
			String body = "x".repeat(padding) + API_KEY + " and more text after the key";
			wireMock.stubFor(get(urlPathEqualTo(VERIFY))
				.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/plain").withBody(body)));
			AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
					() -> this.client.tokens().verify(81547, "987654"));
			for (int length = 6; length <= API_KEY.length(); length++) {
				assertThat(ex.getMessage()).as("padding %d", padding).doesNotContain(API_KEY.substring(0, length));
			}
		}
	}

	@Test
	void jsonMessageAndFieldErrorsEchoingTheApiKeyAreRedacted() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(json(400, "{\"message\":\"Invalid key " + API_KEY
				+ "\",\"errors\":{\"api_key\":\"" + API_KEY + " is invalid\"},\"error_code\":\"60001\"}")));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.users().create("test@example.com", "3003003333", 57));
		assertThat(ex.getAuthyMessage()).isEqualTo("Invalid key <api-key>");
		assertThat(ex.getFieldErrors()).containsEntry("api_key", "<api-key> is invalid");
		assertThat(ex.getMessage()).doesNotContain(API_KEY);
	}

	@Test
	void fieldErrorsEchoingAPhoneNumberAreMasked() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER))
			.willReturn(json(400, "{\"message\":\"User was not valid\",\"errors\":{\"message\":\"User was not valid\","
					+ "\"cellphone\":\"+57 300-300-3333 is not supported\"},\"error_code\":\"60027\"}")));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.users().create("test@example.com", "300-300-3333", 57));
		assertThat(ex.getFieldErrors().get("cellphone")).isEqualTo("+XX XXX-XXX-XX33 is not supported");
		assertThat(ex.getMessage()).doesNotContain("300-300-3333");
	}

	@Test
	void noPendingVerificationMessageHasItsNumberMaskedInExceptions() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/phones/verification/status")).willReturn(json(404,
				"{\"message\":\"No pending verifications for +1 123-456-7890 found.\",\"success\":false,"
						+ "\"errors\":{\"message\":\"No pending verifications for +1 123-456-7890 found.\"},"
						+ "\"error_code\":\"60023\"}")));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.phones().verificationStatus("123-456-7890", 1));
		assertThat(ex.getErrorCode()).isEqualTo("60023");
		assertThat(ex.getAuthyMessage()).isEqualTo("No pending verifications for +X XXX-XXX-XX90 found.");
		assertThat(stackTrace(ex)).doesNotContain("123-456-7890").doesNotContain("456");
	}

	@Test
	void errorMessageEchoingAnEmailIsMasked() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(json(400,
				"{\"message\":\"Email alice.smith@example.com is already taken\",\"success\":false,"
						+ "\"errors\":{\"message\":\"Email alice.smith@example.com is already taken\","
						+ "\"email\":\"alice.smith@example.com is already taken\"},\"error_code\":\"60027\"}")));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.users().create("alice.smith@example.com", "3003003333"));
		assertThat(ex.getAuthyMessage()).doesNotContain("alice.smith@");
		assertThat(ex.getFieldErrors().get("email")).doesNotContain("alice.smith@");
		assertThat(stackTrace(ex)).doesNotContain("alice.smith@");
	}

	@Test
	void suspendedAccountWithoutErrorCodeIsApiException() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/1635"))
			.willReturn(recorded(503, "uphold-authy-client/suspended-503.json")));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.users().requestSms(1635));
		assertThat(ex.getHttpStatus()).isEqualTo(503);
		assertThat(ex.getErrorCode()).isNull();
		assertThat(ex.getAuthyMessage()).isEqualTo("User has been suspended.");
	}

	@Test
	void invalidApiKeyIsApiExceptionWithoutTheKey() {
		wireMock.stubFor(any(anyUrl()).willReturn(recorded(401, "authy-ruby/invalid-api-key-401-60001.json")));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class, () -> this.client.apps().stats());
		assertThat(ex.getHttpStatus()).isEqualTo(401);
		assertThat(ex.getErrorCode()).isEqualTo("60001");
		assertThat(ex.getAuthyMessage()).isEqualTo("Invalid API key");
		assertThat(stackTrace(ex)).doesNotContain(API_KEY);
	}

	// Answers that are not JSON

	@Test
	void htmlBadGatewayIsApiExceptionWithStatusAndExcerpt() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(
				aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(fixture(HTML_502))));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.users().create("test@example.com", "3003003333"));
		assertThat(ex.getHttpStatus()).isEqualTo(502);
		assertThat(ex.getErrorCode()).isNull();
		assertThat(ex.getFieldErrors()).isEmpty();
		assertThat(ex.getAuthyMessage()).contains("Bad Gateway").hasSizeLessThanOrEqualTo(130);
		assertThat(ex.getMessage()).contains("HTTP 502");
	}

	@Test
	void longNonJsonBodyIsCutToAShortExcerpt() {
		String page = "<html><body>" + "Service Unavailable. ".repeat(500) + "</body></html>";
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(aResponse().withStatus(500).withBody(page)));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.users().create("test@example.com", "3003003333"));
		assertThat(ex.getHttpStatus()).isEqualTo(500);
		assertThat(ex.getAuthyMessage()).startsWith("body '<html><body>Service Unavailable.")
			.hasSizeLessThanOrEqualTo(130);
		assertThat(ex.getMessage()).hasSizeLessThan(200);
	}

	@Test
	void emptyErrorBodyIsApiExceptionWithStatus() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(aResponse().withStatus(502)));
		AuthyApiException badGateway = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.users().create("test@example.com", "3003003333"));
		assertThat(badGateway.getHttpStatus()).isEqualTo(502);
		assertThat(badGateway.getAuthyMessage()).contains("empty body");
		wireMock.stubFor(get(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(401)));
		AuthyApiException unauthorized = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.tokens().verify(81547, "987654"));
		assertThat(unauthorized.getHttpStatus()).isEqualTo(401);
		assertThat(unauthorized.getErrorCode()).isNull();
	}

	@Test
	void errorPageEchoingTheRequestPathDoesNotLeakTheToken() {
		// Rails answers an unknown route with a page quoting the path; Authy is a Rails
		// application.
		wireMock.stubFor(get(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body><h1>Routing Error</h1><p>No route matches [GET] "
					+ "\"/protected/json/verify/987654/81547\"</p></body></html>")));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.tokens().verify(81547, "987654"));
		assertThat(ex.getHttpStatus()).isEqualTo(404);
		assertThat(ex.getAuthyMessage()).contains("Routing Error");
		assertThat(stackTrace(ex)).doesNotContain("987654");
	}

	@Test
	void rubyInvalidJson401KeepsTheBodyText() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/app/details"))
			.willReturn(recorded(401, "authy-ruby/response-401-invalid-json.txt")));
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class, () -> this.client.apps().details());
		assertThat(ex.getHttpStatus()).isEqualTo(401);
		assertThat(ex.getAuthyMessage()).contains("invalid json");
	}

	@Test
	void htmlBodyWithStatus200IsTransportException() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/app/details")).willReturn(
				aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(fixture(HTML_502))));
		AuthyTransportException ex = catchThrowableOfType(AuthyTransportException.class,
				() -> this.client.apps().details());
		assertThat(ex).isInstanceOf(AuthyException.class);
		assertThat(ex.getOperation()).isEqualTo("apps.details");
		assertThat(ex.getMessage()).contains("HTTP 200").contains("Bad Gateway").hasSizeLessThan(220);
		assertThat(requests()).hasSize(1);
	}

	@Test
	void emptyBodyWithStatus200IsTransportException() {
		wireMock.stubFor(get(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(200)));
		assertThatExceptionOfType(AuthyTransportException.class)
			.isThrownBy(() -> this.client.tokens().verify(81547, "987654"))
			.withMessageContaining("empty body");
	}

	@Test
	void jsonThatIsNotAnObjectWithStatus200IsTransportException() {
		wireMock.stubFor(get(urlPathEqualTo(VERIFY)).willReturn(json(200, "[\"is valid\"]")));
		assertThatExceptionOfType(AuthyTransportException.class)
			.isThrownBy(() -> this.client.tokens().verify(81547, "987654"));
	}

	@Test
	void okAnswerWithoutTheExpectedContentIsTransportException() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/1635/status"))
			.willReturn(recorded(200, "uphold-authy-client/doesnt-exist-200-success-false.json")));
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> this.client.users().status(1635))
			.withMessageContaining("no status");
	}

	@Test
	void jsonLabelledAsHtmlIsStillRead() {
		wireMock.stubFor(get(urlPathEqualTo(VERIFY)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody(fixture("co-authy/verify-200.json"))));
		assertThat(this.client.tokens().verify(81547, "987654").valid()).isTrue();
	}

	@Test
	void bodyIsReadAsUtf8() {
		wireMock.stubFor(
				post(urlPathEqualTo("/protected/json/phones/verification/start")).willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"message\":\"Mensagem enviada para o número – até já ✓\",\"success\":true}"
						.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
		assertThat(this.client.phones().verificationStart("911234567", 351, Via.SMS).message())
			.isEqualTo("Mensagem enviada para o número – até já ✓");
	}

	@Test
	void bodyLargerThanOneMebibyteIsTransportException() {
		String huge = "{\"message\":\"" + "x".repeat(1024 * 1024 + 16) + "\"}";
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/app/stats")).willReturn(json(200, huge)));
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> this.client.apps().stats());
	}

	// No answer

	@Test
	void readTimeoutIsQuickTransportExceptionWithoutTokenOrKey() {
		AuthyClient impatient = clientBuilder().readTimeout(Duration.ofMillis(300)).build();
		wireMock.stubFor(
				get(urlPathEqualTo(VERIFY)).willReturn(recorded(200, "co-authy/verify-200.json").withFixedDelay(4000)));
		long start = System.nanoTime();
		AuthyTransportException ex = catchThrowableOfType(AuthyTransportException.class,
				() -> impatient.tokens().verify(81547, "987654"));
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		// Well under the delay even on a loaded machine.
		assertThat(elapsed).isLessThan(Duration.ofMillis(3000));
		assertThat(ex.getOperation()).isEqualTo("tokens.verify");
		assertThat(ex.getMessage()).contains("read timeout");
		assertThat(stackTrace(ex)).doesNotContain("987654").doesNotContain("81547").doesNotContain(API_KEY);
		assertThat(requests()).hasSize(1);
		assertThat(this.sleeps).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK" })
	void brokenAnswerIsTransportExceptionWithoutPersonalData(Fault fault) {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/phones/verification/check"))
			.willReturn(aResponse().withFault(fault)));
		AuthyTransportException ex = catchThrowableOfType(AuthyTransportException.class,
				() -> this.client.phones().verificationCheck("775-461-5609", 1, "4321"));
		assertThat(ex.getOperation()).isEqualTo("phones.verificationCheck");
		assertThat(stackTrace(ex)).doesNotContain("461-5609").doesNotContain("4321").doesNotContain(API_KEY);
	}

	@Test
	void garbageInsteadOfHttpIsTransportException() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/app/details"))
			.willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> this.client.apps().details());
	}

	@Test
	void garbageInsteadOfHttpIsTransportExceptionWithJdkHttpClient() {
		AuthyClient jdk = clientBuilder().requestFactoryBuilder(ClientHttpRequestFactoryBuilder.jdk()).build();
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/app/details"))
			.willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> jdk.apps().details());
	}

	@Test
	void customCodeNeverAppearsInExceptions() {
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/phones/verification/start"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		AuthyTransportException ex = catchThrowableOfType(AuthyTransportException.class, () -> this.client.phones()
			.verificationStart("775-461-5609", 1, Via.SMS, new VerificationOptions(null, null, "918273", null)));
		assertThat(stackTrace(ex)).doesNotContain("918273").doesNotContain("461-5609");
	}

}
