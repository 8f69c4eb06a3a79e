package dev.authyspring.client;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.authyspring.client.model.TokenRequestOptions;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code authy.client.requests} observation: one per call, named by operation, with
 * its outcome and Authy error code as low-cardinality keys and nothing personal.
 */
class AuthyObservationTests extends AuthyWireMockTestSupport {

	static final String NAME = "authy.client.requests";

	static final String VERIFY = "/protected/json/verify/123456/81547";

	TestObservationRegistry registry;

	AuthyClient observed;

	@BeforeEach
	void buildObservedClient() {
		this.registry = TestObservationRegistry.create();
		this.observed = clientBuilder().observationRegistry(this.registry).build();
	}

	@Test
	void validTokenIsSuccessWithoutErrorCode() {
		wireMock.stubFor(
				get(urlPathEqualTo(VERIFY)).willReturn(recorded(200, "authy-java/verify-200-success-string.json")));
		this.observed.tokens().verify(81547, "123456");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo(NAME, 1)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasBeenStarted()
			.hasBeenStopped()
			.hasContextualNameEqualTo("authy tokens.verify")
			.hasLowCardinalityKeyValue("authy.operation", "tokens.verify")
			.hasLowCardinalityKeyValue("outcome", "success")
			.hasLowCardinalityKeyValue("error.code", "none")
			.doesNotHaveError();
	}

	@Test
	void wrongTokenIsInvalidWithItsErrorCodeAndNoError() {
		wireMock.stubFor(get(urlPathEqualTo(VERIFY)).willReturn(recorded(401, "authy-java/verify-401-60020.json")));
		assertThat(this.observed.tokens().verify(81547, "123456").valid()).isFalse();
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("authy.operation", "tokens.verify")
			.hasLowCardinalityKeyValue("outcome", "invalid")
			.hasLowCardinalityKeyValue("error.code", "60020")
			.doesNotHaveError();
	}

	@Test
	void wrongVerificationCodeIsInvalid() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/phones/verification/check"))
			.willReturn(recorded(401, "authy-java/verification-check-401-60022.json")));
		this.observed.phones().verificationCheck("775-461-5609", 1, "1234");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("authy.operation", "phones.verificationCheck")
			.hasLowCardinalityKeyValue("outcome", "invalid")
			.hasLowCardinalityKeyValue("error.code", "60022");
	}

	@Test
	void smsNotSentToAppUserIsIgnored() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/30144611"))
			.willReturn(recorded(200, "authy-java/sms-ignored-200.json")));
		this.observed.users().requestSms(30144611);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("authy.operation", "users.requestSms")
			.hasLowCardinalityKeyValue("outcome", "ignored")
			.hasLowCardinalityKeyValue("error.code", "none");
	}

	@Test
	void forcedSmsIsSuccess() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/30144611"))
			.willReturn(recorded(200, "authy-java/sms-forced-200.json")));
		this.observed.users().requestSms(30144611, TokenRequestOptions.FORCED);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("outcome", "success");
	}

	@Test
	void apiErrorIsErrorWithItsCode() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/30144611/status"))
			.willReturn(recorded(404, "authy-java/user-not-found-404-60026.json")));
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> this.observed.users().status(30144611));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("authy.operation", "users.status")
			.hasLowCardinalityKeyValue("outcome", "error")
			.hasLowCardinalityKeyValue("error.code", "60026")
			.hasBeenStopped()
			.assertThatError()
			.isInstanceOf(AuthyApiException.class);
	}

	@Test
	void invalidApiKeyOnVerifyIsErrorNotInvalid() {
		wireMock.stubFor(
				get(urlPathEqualTo(VERIFY)).willReturn(recorded(401, "authy-ruby/invalid-api-key-401-60001.json")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.observed.tokens().verify(81547, "123456"));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("outcome", "error")
			.hasLowCardinalityKeyValue("error.code", "60001")
			.hasError();
	}

	@Test
	void nonJsonErrorIsErrorWithoutCode() {
		wireMock.stubFor(any(urlPathEqualTo("/protected/json/users/new"))
			.willReturn(aResponse().withStatus(502).withBody(fixture("uphold-authy-client/bad-gateway.html"))));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.observed.users().create("a@example.com", "3003003333"));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("outcome", "error")
			.hasLowCardinalityKeyValue("error.code", "none")
			.hasError();
	}

	@Test
	void transportFailureIsErrorWithTransportCode() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/app/details"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> this.observed.apps().details());
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo(NAME, 1)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("authy.operation", "apps.details")
			.hasLowCardinalityKeyValue("outcome", "error")
			.hasLowCardinalityKeyValue("error.code", "transport")
			.hasBeenStopped()
			.assertThatError()
			.isInstanceOf(AuthyTransportException.class);
	}

	@Test
	void retriedCallIsOneObservation() {
		String path = "/protected/json/app/stats";
		wireMock.stubFor(get(urlPathEqualTo(path)).inScenario("retry")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		wireMock.stubFor(get(urlPathEqualTo(path)).inScenario("retry")
			.whenScenarioStateIs("recovered")
			.willReturn(recorded(200, "co-authy/app-stats-200.json")));
		this.observed.apps().stats();
		assertThat(requests()).hasSize(2);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsEqualTo(1)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("outcome", "success")
			.doesNotHaveError();
	}

	@Test
	void rejectedArgumentsAreNotObserved() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.observed.tokens().verify(81547, "12ab"));
		TestObservationRegistryAssert.assertThat(this.registry).doesNotHaveAnyObservation();
		assertNoRequestSent();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.authyspring.client.AuthyCalls#all")
	void everyOperationIsObservedByNameWithoutPersonalData(AuthyCalls call) {
		wireMock.stubFor(any(urlPathEqualTo(call.path())).willReturn(recorded(200, call.okFixture())));
		call.invoke(this.observed);
		wireMock.verify(1, requestedFor(call.method(), urlPathEqualTo(call.path())));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo(NAME, 1)
			.hasObservationWithNameEqualTo(NAME)
			.that()
			.hasLowCardinalityKeyValue("authy.operation", call.operation())
			.hasLowCardinalityKeyValue("outcome", "success")
			.hasLowCardinalityKeyValue("error.code", "none");
		TestObservationRegistryAssert.assertThat(this.registry).hasHandledContextsThatSatisfy((contexts) -> {
			for (Observation.Context context : contexts) {
				for (KeyValue keyValue : context.getAllKeyValues()) {
					assertThat(keyValue.getValue()).doesNotContain("123456")
						.doesNotContain("81547")
						.doesNotContain("987-654-3210")
						.doesNotContain("foo@bar.com")
						.doesNotContain(API_KEY);
				}
			}
		});
	}

}
