package dev.authyspring.client;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthyClientRequestObservationConvention}: Spring's
 * {@code http.client.requests} observations of Authy calls carry no token, id or phone
 * number.
 */
class AuthyHttpObservationTests extends AuthyWireMockTestSupport {

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private AuthyClient observedClient() {
		return clientBuilder().restClientBuilder(RestClient.builder().observationRegistry(this.registry)).build();
	}

	@Test
	void tokenVerificationUrlCarriesNoTokenOrId() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/verify/987654/81547"))
			.willReturn(recorded(200, "co-authy/verify-200.json")));
		observedClient().tokens().verify(81547, "987654");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasLowCardinalityKeyValue("uri", "/protected/json/verify/{number}/{number}")
			.satisfies((context) -> assertThat(context.getHighCardinalityKeyValue("http.url").getValue())
				.contains("/protected/json/verify/")
				.doesNotContain("987654")
				.doesNotContain("81547"));
	}

	@Test
	void phoneInfoUrlCarriesNoPhoneNumber() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/phones/info"))
			.willReturn(recorded(200, "authy-java/phones-info-200.json")));
		observedClient().phones().info("775-461-5609", 1);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasLowCardinalityKeyValue("uri", "/protected/json/phones/info")
			.satisfies((context) -> assertThat(context.getHighCardinalityKeyValue("http.url").getValue())
				.doesNotContain("4615609")
				.doesNotContain("5609"));
	}

	@Test
	void approvalRequestUuidIsATemplateSegment() {
		wireMock.stubFor(get(urlPathEqualTo("/onetouch/json/approval_requests/8d031630-d15b-0134-b0a8-0a77bbe8093e"))
			.willReturn(recorded(200, "authy-java/onetouch-status-200-expired.json")));
		observedClient().oneTouch().approvalStatus("8d031630-d15b-0134-b0a8-0a77bbe8093e");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasLowCardinalityKeyValue("uri", "/onetouch/json/approval_requests/{uuid}");
	}

}
