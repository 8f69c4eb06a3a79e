package dev.authyspring.client;

import dev.authyspring.client.model.AppDetails;
import dev.authyspring.client.model.AppStats;
import dev.authyspring.client.model.MonthlyStats;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AuthyApps}: application details and statistics from recorded answers.
 */
class AuthyAppsTests extends AuthyWireMockTestSupport {

	static final String DETAILS = "/protected/json/app/details";

	static final String STATS = "/protected/json/app/stats";

	@Test
	void detailsReadsUpholdAnswerWithoutOptionalFlags() {
		wireMock.stubFor(
				get(urlPathEqualTo(DETAILS)).willReturn(recorded(200, "uphold-authy-client/app-details-200.json")));
		assertThat(this.client.apps().details()).isEqualTo(AppDetails.builder()
			.appId(3)
			.name("Test")
			.plan("pay_as_you_go")
			.message("Application information.")
			.build());
		wireMock.verify(1, authyGet(DETAILS));
		assertThat(onlyRequest().getUrl()).isEqualTo(DETAILS);
	}

	@Test
	void detailsReadsCoAuthyWhiteLabel() {
		wireMock.stubFor(get(urlPathEqualTo(DETAILS)).willReturn(recorded(200, "co-authy/app-details-200.json")));
		assertThat(this.client.apps().details()).isEqualTo(AppDetails.builder()
			.appId(3)
			.name("Sandbox App 2")
			.plan("starter")
			.whiteLabel(false)
			.message("Application information.")
			.build());
	}

	@Test
	void detailsReadsVerifyDocsCallAndOneTouchFlags() {
		wireMock.stubFor(get(urlPathEqualTo(DETAILS))
			.willReturn(recorded(200, "other/twilio-verify-docs-app-details-200.json")));
		assertThat(this.client.apps().details()).isEqualTo(AppDetails.builder()
			.appId(11111)
			.name("Verify Sample")
			.plan("pay_as_you_go")
			.smsEnabled(true)
			.phoneCallsEnabled(true)
			.onetouchEnabled(true)
			.message("Application information.")
			.build());
	}

	@Test
	void detailsOfAnAnswerWithoutMembersAreTheBuildersDefaults() {
		wireMock.stubFor(get(urlPathEqualTo(DETAILS)).willReturn(json(200, "{\"app\":{}}")));
		assertThat(this.client.apps().details()).isEqualTo(AppDetails.builder().build());
	}

	@Test
	void detailsWithoutAppIsTransportError() {
		wireMock.stubFor(get(urlPathEqualTo(DETAILS)).willReturn(recorded(200, "authy-ruby/response-200.json")));
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> this.client.apps().details())
			.withMessageContaining("apps.details")
			.withMessageContaining("no app");
	}

	@Test
	void detailsWithInvalidKeyIsApiException() {
		wireMock.stubFor(get(urlPathEqualTo(DETAILS)).willReturn(recorded(401, "co-authy/invalid-api-key-401.json")));
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> this.client.apps().details())
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(401);
				assertThat(ex.getErrorCode()).isNull();
				assertThat(ex.getAuthyMessage()).isEqualTo("Invalid API key.");
			});
	}

	@Test
	void statsReadsEveryMonthOfCoAuthyAnswer() {
		wireMock.stubFor(get(urlPathEqualTo(STATS)).willReturn(recorded(200, "co-authy/app-stats-200.json")));
		AppStats stats = this.client.apps().stats();
		assertThat(stats.appId()).isEqualTo(3);
		assertThat(stats.count()).isEqualTo(12);
		assertThat(stats.totalUsers()).isEqualTo(115);
		assertThat(stats.message()).isEqualTo("Monthly statistics.");
		assertThat(stats.months()).hasSize(12);
		assertThat(stats.months().get(0))
			.isEqualTo(MonthlyStats.builder().month(2013, "August").usersCount(1).apiCallsCount(13).build());
		assertThat(stats.months().get(10))
			.isEqualTo(MonthlyStats.builder().month(2014, "June").usersCount(15).apiCallsCount(2076).build());
		assertThat(stats.months()).extracting(MonthlyStats::month)
			.containsExactly("August", "September", "October", "November", "December", "January", "February", "March",
					"April", "May", "June", "July");
		assertThat(stats.months()).extracting(MonthlyStats::apiCallsCount)
			.containsExactly(13L, 30L, 20L, 50L, 50L, 8L, 4L, 208L, 162L, 891L, 2076L, 130L);
		wireMock.verify(1, authyGet(STATS));
	}

	@Test
	void statsReadsEveryCounterByName() {
		wireMock.stubFor(get(urlPathEqualTo(STATS)).willReturn(json(200, """
				{"app_id":"9","count":1,"total_users":2,"success":true,"stats":[{"sms_count":1,"calls_count":2,
				"users_count":3,"auths_count":4,"month":"May","api_calls_count":5,"year":2024}]}""")));
		AppStats stats = this.client.apps().stats();
		assertThat(stats.appId()).isEqualTo(9);
		assertThat(stats.months()).containsExactly(MonthlyStats.builder()
			.month(2024, "May")
			.smsCount(1)
			.callsCount(2)
			.usersCount(3)
			.authsCount(4)
			.apiCallsCount(5)
			.build());
	}

	@Test
	void monthWithoutMembersIsTheBuildersDefaults() {
		wireMock.stubFor(get(urlPathEqualTo(STATS)).willReturn(json(200, "{\"stats\":[{}],\"success\":true}")));
		assertThat(this.client.apps().stats().months()).containsExactly(MonthlyStats.builder().build());
	}

}
