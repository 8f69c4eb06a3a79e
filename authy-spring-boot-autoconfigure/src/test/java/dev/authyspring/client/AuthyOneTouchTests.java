package dev.authyspring.client;

import java.time.Instant;

import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.ApprovalRequestStatus;
import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.client.model.LogoResolution;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AuthyOneTouch}: approval requests sent as JSON, and their status read from
 * recorded answers.
 */
class AuthyOneTouchTests extends AuthyWireMockTestSupport {

	static final String STATUS_PATH = "/onetouch/json/approval_requests/";

	// onetouch.sendRequest

	@Test
	void sendRequestPostsAuthyJavaRequestAsJson() {
		wireMock.stubFor(post(urlPathEqualTo("/onetouch/json/users/30144611/approval_requests"))
			.willReturn(recorded(200, "authy-java/onetouch-create-200.json")));
		ApprovalRequest request = ApprovalRequest.builder(30144611, "Authorize OneTouch Unit Test")
			.detail("location", "California,USA")
			.detail("username", "User")
			.hiddenDetail("ip_address", "10.10.3.203")
			.logo(LogoResolution.MED, "http://image.co")
			.logo(LogoResolution.LOW, "http://image.low")
			.logo(LogoResolution.DEFAULT, "http://image.co")
			.build();
		assertThat(this.client.oneTouch().sendRequest(request).uuid())
			.isEqualTo("dda2c400-bc43-0135-d7be-1285ca17e122");
		wireMock.verify(1, authyPost("/onetouch/json/users/30144611/approval_requests").withRequestBody(equalToJson("""
				{"hidden_details":{"ip_address":"10.10.3.203"},
				 "details":{"location":"California,USA","username":"User"},
				 "message":"Authorize OneTouch Unit Test",
				 "logos":[{"res":"med","url":"http://image.co"},{"res":"low","url":"http://image.low"},
				          {"res":"default","url":"http://image.co"}]}""", true, false)));
	}

	@Test
	void sendRequestPostsUpholdRequestWithExpiry() {
		wireMock.stubFor(post(urlPathEqualTo("/onetouch/json/users/1635/approval_requests"))
			.willReturn(recorded(200, "uphold-authy-client/onetouch-create-200.json")));
		ApprovalRequest request = ApprovalRequest.builder(1635, "Login requested for a CapTrade Bank account.")
			.detail("Account Number", "981266321")
			.detail("location", "California, USA")
			.detail("username", "Bill Smith")
			.hiddenDetail("ip_address", "10.10.3.203")
			.logo(LogoResolution.DEFAULT, "https://example.com/logos/default.png")
			.logo(LogoResolution.LOW, "https://example.com/logos/low.png")
			.secondsToExpire(120)
			.build();
		assertThat(this.client.oneTouch().sendRequest(request).uuid())
			.isEqualTo("3a8b7e40-5bde-4f2a-9d6c-0c1f2e3d4b5a");
		wireMock.verify(1, authyPost("/onetouch/json/users/1635/approval_requests").withRequestBody(equalToJson("""
				{"details":{"Account Number":"981266321","location":"California, USA","username":"Bill Smith"},
				 "hidden_details":{"ip_address":"10.10.3.203"},
				 "logos":[{"res":"default","url":"https://example.com/logos/default.png"},
				          {"res":"low","url":"https://example.com/logos/low.png"}],
				 "message":"Login requested for a CapTrade Bank account.","seconds_to_expire":120}""")));
	}

	@Test
	void sendRequestSendsRubyRequestAsJsonAndOnlyMessageWhenNothingElseIsGiven() {
		wireMock.stubFor(post(urlPathEqualTo("/onetouch/json/users/81547/approval_requests"))
			.willReturn(recorded(200, "authy-ruby/onetouch-create-200.json")));
		ApprovalRequest ruby = ApprovalRequest.builder(81547, "You are moving 10 BTC from your account")
			.detail("Bank account", "23527922")
			.detail("Amount", "10 BTC")
			.hiddenDetail("IP Address", "192.168.0.3")
			.logo(LogoResolution.DEFAULT, "http://foo.bar")
			.secondsToExpire(150)
			.build();
		assertThat(this.client.oneTouch().sendRequest(ruby).uuid()).isEqualTo("550e8400-e29b-41d4-a716-446655440000");
		this.client.oneTouch().sendRequest(ApprovalRequest.builder(81547, "Log in?").secondsToExpire(0).build());
		wireMock.verify(1, authyPost("/onetouch/json/users/81547/approval_requests").withRequestBody(equalToJson("""
				{"message":"You are moving 10 BTC from your account",
				 "details":{"Bank account":"23527922","Amount":"10 BTC"},
				 "hidden_details":{"IP Address":"192.168.0.3"},
				 "logos":[{"res":"default","url":"http://foo.bar"}],"seconds_to_expire":150}""")));
		wireMock.verify(1, authyPost("/onetouch/json/users/81547/approval_requests")
			.withRequestBody(equalToJson("{\"message\":\"Log in?\",\"seconds_to_expire\":0}")));
	}

	@Test
	void sendRequestReadsPhpAnswer() {
		wireMock.stubFor(post(urlPathEqualTo("/onetouch/json/users/7/approval_requests"))
			.willReturn(recorded(200, "authy-php/onetouch-create-200.json")));
		assertThat(this.client.oneTouch().sendRequest(ApprovalRequest.builder(7, "Log in?").build()).uuid())
			.isEqualTo("fd285c30-97f8-0135-cfa7-1241e5695bb0");
	}

	@Test
	void sendRequestToUnknownUserIsApiException() {
		wireMock.stubFor(post(urlPathEqualTo("/onetouch/json/users/12342325/approval_requests"))
			.willReturn(recorded(404, "authy-java/user-not-found-404-60026.json")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.oneTouch().sendRequest(ApprovalRequest.builder(12342325, "Log in?").build()))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(404);
				assertThat(ex.getErrorCode()).isEqualTo("60026");
				assertThat(ex.getOperation()).isEqualTo("onetouch.sendRequest");
			});
	}

	@Test
	void sendRequestWithoutUuidInAnswerIsTransportError() {
		wireMock.stubFor(post(urlPathEqualTo("/onetouch/json/users/7/approval_requests"))
			.willReturn(recorded(200, "authy-ruby/onetouch-status-200-pending.json")));
		assertThatExceptionOfType(AuthyTransportException.class)
			.isThrownBy(() -> this.client.oneTouch().sendRequest(ApprovalRequest.builder(7, "Log in?").build()))
			.withMessageContaining("no uuid");
	}

	// onetouch.approvalStatus

	@Test
	void approvalStatusReadsEveryFieldOfAuthyJavaAnswer() {
		String uuid = "8d031630-d15b-0134-b0a8-0a77bbe8093e";
		wireMock.stubFor(get(urlPathEqualTo(STATUS_PATH + uuid))
			.willReturn(recorded(200, "authy-java/onetouch-status-200-expired.json")));
		ApprovalRequestStatus status = this.client.oneTouch().approvalStatus(uuid);
		assertThat(status).isEqualTo(ApprovalRequestStatus.builder(uuid, ApprovalStatus.EXPIRED)
			.authyId(28894864L)
			.appId("58547f6f4014250a11c201f6")
			.appName("testhans")
			.userId("5840a9328aa2fb674c485436")
			.userEmail("hans+1@allcode.com")
			.notified(false)
			.createdAt(Instant.parse("2017-02-10T01:09:52Z"))
			.updatedAt(Instant.parse("2017-02-13T11:11:58Z"))
			.processedAt(Instant.parse("2017-02-13T11:11:58Z"))
			.secondsToExpire(86400L)
			.build());
		wireMock.verify(1, authyGet(STATUS_PATH + uuid));
		assertThat(onlyRequest().getUrl()).isEqualTo(STATUS_PATH + uuid);
	}

	@Test
	void approvalStatusToStringMasksUserEmail() {
		String uuid = "8d031630-d15b-0134-b0a8-0a77bbe8093e";
		wireMock.stubFor(get(urlPathEqualTo(STATUS_PATH + uuid))
			.willReturn(recorded(200, "authy-java/onetouch-status-200-expired.json")));
		assertThat(this.client.oneTouch().approvalStatus(uuid).toString()).doesNotContain("hans+1@")
			.contains("h***@allcode.com");
	}

	@Test
	void approvalStatusReadsUpholdAnswerWithStringAuthyIdAndNullProcessedAt() {
		String uuid = "c0d5c8a2-0f0e-4bde-8d9a-3c2e1f6b7a11";
		wireMock.stubFor(get(urlPathEqualTo(STATUS_PATH + uuid))
			.willReturn(recorded(200, "uphold-authy-client/onetouch-status-200-approved.json")));
		ApprovalRequestStatus status = this.client.oneTouch().approvalStatus(uuid);
		assertThat(status.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(status.authyId()).isEqualTo(1635L);
		assertThat(status.appName()).isEqualTo("Test");
		assertThat(status.userEmail()).isEqualTo("foo@bar.com");
		assertThat(status.createdAt()).isEqualTo(Instant.parse("2016-01-30T20:02:27.152Z"));
		assertThat(status.updatedAt()).isEqualTo(Instant.parse("2016-01-30T20:02:29.318Z"));
		assertThat(status.processedAt()).isNull();
		assertThat(status.secondsToExpire()).isNull();
	}

	@Test
	void approvalStatusReadsMinimalRubyAnswer() {
		String uuid = "550e8400-e29b-41d4-a716-446655440000";
		wireMock.stubFor(get(urlPathEqualTo(STATUS_PATH + uuid))
			.willReturn(recorded(200, "authy-ruby/onetouch-status-200-pending.json")));
		// Only uuid and status are sent: every other component is the builder's default.
		assertThat(this.client.oneTouch().approvalStatus(uuid))
			.isEqualTo(ApprovalRequestStatus.builder(uuid, ApprovalStatus.PENDING).build());
	}

	@Test
	void approvalStatusReadsDeniedWhateverItsCase() {
		wireMock.stubFor(get(urlPathEqualTo(STATUS_PATH + "abc-1"))
			.willReturn(json(200, "{\"approval_request\":{\"status\":\"DENIED\"},\"success\":true}")));
		assertThat(this.client.oneTouch().approvalStatus("abc-1").status()).isEqualTo(ApprovalStatus.DENIED);
	}

	@Test
	void approvalStatusWithUnknownStatusIsTransportError() {
		wireMock.stubFor(get(urlPathEqualTo(STATUS_PATH + "abc-1"))
			.willReturn(json(200, "{\"approval_request\":{\"status\":\"teleported\"},\"success\":true}")));
		assertThatExceptionOfType(AuthyTransportException.class)
			.isThrownBy(() -> this.client.oneTouch().approvalStatus("abc-1"))
			.withMessageContaining("unknown status")
			.withMessageNotContaining("teleported");
	}

	@Test
	void approvalStatusNotFoundWithEmptyErrorsIsApiException() {
		String uuid = "3f05a350-4b2c-0136-f779-12c0c2bf9easd";
		wireMock.stubFor(get(urlPathEqualTo(STATUS_PATH + uuid))
			.willReturn(recorded(404, "authy-java/onetouch-status-404-60049.json")));
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> this.client.oneTouch().approvalStatus(uuid))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(404);
				assertThat(ex.getErrorCode()).isEqualTo("60049");
				assertThat(ex.getAuthyMessage()).isEqualTo("Approval request not found: " + uuid);
				assertThat(ex.getFieldErrors()).isEmpty();
			});
	}

	@Test
	void approvalStatusNotFoundWithPhpTrailingCommaBodyIsApiExceptionWithExcerpt() {
		wireMock.stubFor(get(urlPathMatching(STATUS_PATH + ".*"))
			.willReturn(recorded(404, "authy-php/onetouch-status-404-trailing-comma.txt")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.oneTouch().approvalStatus("1231"))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(404);
				assertThat(ex.getErrorCode()).isNull();
				assertThat(ex.getAuthyMessage()).contains("Approval request not found");
			});
		assertThat(requests()).hasSize(1);
	}

}
