package dev.authyspring.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.authyspring.client.model.ActivityType;
import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.AuthyUser;
import dev.authyspring.client.model.Device;
import dev.authyspring.client.model.NewUser;
import dev.authyspring.client.model.QrCode;
import dev.authyspring.client.model.QrCodeOptions;
import dev.authyspring.client.model.TokenRequest;
import dev.authyspring.client.model.TokenRequestOptions;
import dev.authyspring.client.model.UserStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AuthyUsers} against recorded answers: what is sent and how answers are read.
 */
class AuthyUsersTests extends AuthyWireMockTestSupport {

	static final String NEW_USER = "/protected/json/users/new";

	// users.create

	@Test
	void createSendsUserAsJsonAndReadsAuthyJavaAnswer() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(recorded(200, "authy-java/users-new-200.json")));
		AuthyUser user = this.client.users().create("test@example.com", "3003003333", 57);
		assertThat(user.id()).isEqualTo(1000);
		assertThat(user.message()).isEqualTo("User created successfully.");
		wireMock.verify(1, authyPost(NEW_USER).withRequestBody(equalToJson("""
				{"user":{"email":"test@example.com","cellphone":"3003003333","country_code":57},
				 "send_install_link_via_sms":false}""")));
		assertThat(onlyRequest().getUrl()).isEqualTo(NEW_USER);
	}

	@Test
	void createDefaultsToCountryCodeOne() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(recorded(200, "authy-java/users-new-200.json")));
		this.client.users().create("test@example.com", "3003003333");
		wireMock.verify(1, authyPost(NEW_USER).withRequestBody(equalToJson("""
				{"user":{"email":"test@example.com","cellphone":"3003003333","country_code":1},
				 "send_install_link_via_sms":false}""")));
	}

	@Test
	void createAsksForInstallLinkWhenRequestedAndReadsAuthyRubyAnswer() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(recorded(200, "authy-ruby/users-new-200.json")));
		AuthyUser user = this.client.users().create(new NewUser("user@example.com", "305-456-2345", 1, true));
		assertThat(user.id()).isEqualTo(81547);
		wireMock.verify(1, authyPost(NEW_USER).withRequestBody(equalToJson("""
				{"user":{"email":"user@example.com","cellphone":"305-456-2345","country_code":1},
				 "send_install_link_via_sms":true}""")));
	}

	@Test
	void createSendsNumericCountryCodeAsUpholdClientDoes() {
		wireMock.stubFor(
				post(urlPathEqualTo(NEW_USER)).willReturn(recorded(200, "uphold-authy-client/users-new-200.json")));
		AuthyUser user = this.client.users().create("foo@bar.com", "911234567", 351);
		assertThat(user.id()).isEqualTo(1635);
		assertThat(user.message()).isEqualTo("User created successfully.");
		wireMock.verify(1,
				authyPost(NEW_USER).withRequestBody(equalToJson(
						"{\"user\":{\"cellphone\":\"911234567\",\"country_code\":351,\"email\":\"foo@bar.com\"}}",
						false, true)));
	}

	@Test
	void createReadsAnswersWithoutMessageOrSuccess() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(recorded(200, "authy-php/users-new-200.json")));
		assertThat(this.client.users().create("a@example.com", "3003003333")).isEqualTo(new AuthyUser(2, ""));
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(recorded(200, "co-authy/users-new-200.json")));
		assertThat(this.client.users().create("a@example.com", "3003003333")).isEqualTo(new AuthyUser(1635, ""));
	}

	@Test
	void createWithoutUserIdInAnswerIsTransportError() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(recorded(200, "authy-ruby/response-200.json")));
		assertThatExceptionOfType(AuthyTransportException.class)
			.isThrownBy(() -> this.client.users().create("a@example.com", "3003003333"))
			.withMessageContaining("users.create")
			.withMessageContaining("no user id");
	}

	@Test
	void createReportsFieldErrorsOfPhpAnswer() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(recorded(400, "authy-php/users-new-400.json")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.users().create("a@example.com", "3003003333"))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(400);
				assertThat(ex.getErrorCode()).isNull();
				assertThat(ex.getAuthyMessage()).isEqualTo("User was not valid");
				assertThat(ex.getFieldErrors()).containsOnly(Map.entry("email", "is invalid"),
						Map.entry("cellphone", "is invalid"));
				assertThat(ex.getOperation()).isEqualTo("users.create");
			});
	}

	@Test
	void createReportsCoAuthyValidationFailureWithoutErrorCode() {
		wireMock.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(recorded(400, "co-authy/users-new-400.json")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.users().create("a@example.com", "3003003333"))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(400);
				assertThat(ex.getErrorCode()).isNull();
				assertThat(ex.getAuthyMessage()).isEqualTo("User was not valid.");
				assertThat(ex.getFieldErrors()).isEmpty();
			});
	}

	@Test
	void createReportsRubyValidationFailure() {
		wireMock
			.stubFor(post(urlPathEqualTo(NEW_USER)).willReturn(recorded(400, "authy-ruby/users-new-400-60027.json")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.users().create("a@example.com", "3003003333"))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo("60027");
				assertThat(ex.getFieldErrors()).containsOnly(Map.entry("cellphone", "is invalid"));
			});
	}

	// users.status

	@Test
	void statusReadsAuthyJavaAnswer() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/2/status"))
			.willReturn(recorded(200, "authy-java/users-status-200.json")));
		UserStatus status = this.client.users().status(2);
		assertThat(status.authyId()).isEqualTo(2);
		assertThat(status.confirmed()).isTrue();
		assertThat(status.registered()).isTrue();
		assertThat(status.countryCode()).isEqualTo(1);
		assertThat(status.phoneNumber()).isEqualTo("XXX-XXX-9302");
		assertThat(status.email()).isNull();
		assertThat(status.devices()).containsExactly("authy_chrome", "android");
		assertThat(status.hasHardToken()).isFalse();
		assertThat(status.accountDisabled()).isFalse();
		assertThat(status.detailedDevices()).isEmpty();
		assertThat(status.deletedDevices()).isEmpty();
		assertThat(status.message()).isEqualTo("User status.");
		wireMock.verify(1, authyGet("/protected/json/users/2/status"));
		assertThat(onlyRequest().getUrl()).isEqualTo("/protected/json/users/2/status");
	}

	@Test
	void statusReadsDetailedDevicesOfAuthyRubyAnswer() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/290907/status"))
			.willReturn(recorded(200, "authy-ruby/users-status-200.json")));
		UserStatus status = this.client.users().status(290907);
		assertThat(status.authyId()).isEqualTo(290907);
		assertThat(status.confirmed()).isTrue();
		assertThat(status.registered()).isFalse();
		assertThat(status.phoneNumber()).isEqualTo("XXX-XXX-1118");
		assertThat(status.email()).isEqualTo("alfvawmu@authy.com");
		assertThat(status.devices()).isEmpty();
		assertThat(status.hasHardToken()).isFalse();
		assertThat(status.accountDisabled()).isFalse();
		assertThat(status.detailedDevices()).containsExactly(Device.builder()
			.deviceId(290908L)
			.deviceType("authy")
			.osType("unknown")
			.lastSyncDate(Instant.EPOCH)
			.creationDate(Instant.ofEpochSecond(1433868212))
			.build());
		assertThat(status.deletedDevices()).isEmpty();
	}

	@Test
	void statusToStringMasksEmailAndPhone() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/290907/status"))
			.willReturn(recorded(200, "authy-ruby/users-status-200.json")));
		UserStatus status = this.client.users().status(290907);
		assertThat(status.toString()).doesNotContain("alfvawmu").contains("a***@authy.com").doesNotContain("1118");
	}

	@Test
	void statusReadsUpholdAndCoAuthyAnswers() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/1635/status"))
			.willReturn(recorded(200, "uphold-authy-client/users-status-200.json")));
		UserStatus uphold = this.client.users().status(1635);
		assertThat(uphold.devices()).containsExactly("iphone", "ipad");
		assertThat(uphold.registered()).isFalse();
		assertThat(uphold.phoneNumber()).isEqualTo("XXX-XXX-XXXX");
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/1635/status"))
			.willReturn(recorded(200, "co-authy/users-status-200.json")));
		UserStatus coAuthy = this.client.users().status(1635);
		assertThat(coAuthy.countryCode()).isEqualTo(351);
		assertThat(coAuthy.phoneNumber()).isEqualTo("XX-XXX-4567");
		assertThat(coAuthy.message()).isEqualTo("User status.");
	}

	@Test
	void statusOfAnAnswerWithoutMembersIsTheBuildersDefaults() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/1635/status"))
			.willReturn(json(200, "{\"status\":{\"detailed_devices\":[{}]},\"success\":true}")));
		assertThat(this.client.users().status(1635))
			.isEqualTo(UserStatus.builder(1635).detailedDevices(Device.builder().build()).build());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "\"country_code\":\"one\"|'country_code' is not a whole number",
					"\"country_code\":1.5|'country_code' is not a whole number",
					"\"registered\":\"maybe\"|'registered' is not true or false",
					"\"phone_number\":{\"n\":1}|'phone_number' is not text",
					"\"devices\":\"android\"|'devices' is not a list of text",
					"\"detailed_devices\":[1]|'detailed_devices' is not a list of objects",
					"\"detailed_devices\":[{\"device_id\":\"x\"}]|'device_id' is not a whole number" })
	void statusRefusesAnAnswerWithWronglyTypedFields(String field, String message) {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/users/1635/status")).willReturn(json(200,
				"{\"status\":{\"authy_id\":1635,\"confirmed\":true,\"registered\":true,\"country_code\":1,"
						+ "\"phone_number\":\"XXX-XXX-0123\",\"devices\":[\"android\"]," + field
						+ "},\"message\":\"User status.\",\"success\":true}")));
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> this.client.users().status(1635))
			.withMessageContaining("unexpected response: " + message);
	}

	@Test
	void statusOfUnknownUserIsApiExceptionWithErrorCode() {
		wireMock.stubFor(get(urlPathMatching("/protected/json/users/[0-9]+/status"))
			.willReturn(recorded(404, "authy-java/user-not-found-404-60026.json")));
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> this.client.users().status(30144611))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(404);
				assertThat(ex.getErrorCode()).isEqualTo("60026");
				assertThat(ex.getAuthyMessage()).isEqualTo("User not found.");
				assertThat(ex.getOperation()).isEqualTo("users.status");
			});
	}

	@ParameterizedTest
	@CsvSource({ "authy-ruby/user-not-found-404-60026.json, 60026", "authy-php/user-not-found-404.json, " })
	void unknownUserIsApiExceptionOnEveryCallAboutAUser(String fixture, String errorCode) {
		wireMock.stubFor(any(urlPathMatching("/(protected|onetouch)/json/.*")).willReturn(recorded(404, fixture)));
		List<ThrowingCallable> calls = List.of(() -> this.client.users().status(31567),
				() -> this.client.users().delete(31567), () -> this.client.users().requestSms(31567),
				() -> this.client.users().requestCall(31567),
				() -> this.client.oneTouch().sendRequest(ApprovalRequest.builder(31567, "Log in?").build()));
		for (ThrowingCallable call : calls) {
			assertThatExceptionOfType(AuthyApiException.class).isThrownBy(call).satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(404);
				assertThat(ex.getErrorCode()).isEqualTo(errorCode);
				assertThat(ex.getAuthyMessage()).isEqualTo("User not found.");
			});
		}
		assertThat(requests()).hasSize(calls.size());
	}

	@Test
	void newUserToStringMasksEmailAndPhone() {
		assertThat(NewUser.of("test@example.com", "300-300-3333", 57).toString()).doesNotContain("test@")
			.contains("t***@example.com")
			.doesNotContain("300-300")
			.contains("33");
	}

	// users.delete

	@Test
	void deletePostsToRemoveWithoutUserIp() {
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/users/30144611/remove"))
			.willReturn(recorded(200, "authy-java/users-delete-200.json")));
		this.client.users().delete(30144611);
		LoggedRequest request = onlyRequest();
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/protected/json/users/30144611/remove");
		// Nothing to say: the official Java client posts nothing, the Python one posts
		// {}.
		assertThat(request.getBodyAsString()).isIn("", "{}");
		assertThat(request.getHeader(AuthyClient.API_KEY_HEADER)).isEqualTo(API_KEY);
		assertThat(request.getHeader("Accept")).isEqualTo("application/json");
	}

	@Test
	void deleteWithoutBodyIsStillLabelledJson() {
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/users/30144611/remove"))
			.willReturn(recorded(200, "authy-java/users-delete-200.json")));
		this.client.users().delete(30144611);
		wireMock.verify(1, authyPost("/protected/json/users/30144611/remove"));
		assertThat(onlyRequest().getBodyAsString()).isIn("", "{}");
	}

	@Test
	void deleteSendsRequesterIpAsJson() {
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/users/1635/remove"))
			.willReturn(recorded(200, "uphold-authy-client/users-delete-200.json")));
		this.client.users().delete(1635, "127.0.0.1");
		wireMock.verify(1, authyPost("/protected/json/users/1635/remove")
			.withRequestBody(equalToJson("{\"user_ip\":\"127.0.0.1\"}")));
	}

	@Test
	void deleteSucceedsOnEveryRecordedOkAnswerEvenWithSuccessFalse() {
		for (String fixture : new String[] { "authy-ruby/users-delete-200-success-false.json",
				"authy-php/users-delete-200.json", "co-authy/users-delete-200.json",
				"other/authy-python-readme-users-delete-200.json" }) {
			wireMock
				.stubFor(post(urlPathEqualTo("/protected/json/users/31567/remove")).willReturn(recorded(200, fixture)));
			this.client.users().delete(31567);
		}
		assertThat(requests()).hasSize(4);
	}

	@Test
	void deleteOfUnknownUserIsApiException() {
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/users/30144611/remove"))
			.willReturn(recorded(404, "authy-java/user-not-found-404-60026.json")));
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> this.client.users().delete(30144611))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("60026"));
	}

	// users.registerActivity

	@Test
	void registerActivitySendsTypeDataAndIp() {
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/users/1635/register_activity"))
			.willReturn(recorded(200, "uphold-authy-client/register-activity-200.json")));
		this.client.users().registerActivity(1635, ActivityType.BANNED, Map.of("reason", "foo"), "86.112.56.34");
		wireMock.verify(1, authyPost("/protected/json/users/1635/register_activity").withRequestBody(
				equalToJson("{\"data\":{\"reason\":\"foo\"},\"type\":\"banned\",\"user_ip\":\"86.112.56.34\"}")));
	}

	@Test
	void registerActivityOmitsEmptyDataAndMissingIp() {
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/users/1635/register_activity"))
			.willReturn(recorded(200, "co-authy/register-activity-200.json")));
		this.client.users().registerActivity(1635, ActivityType.COOKIE_LOGIN, Map.of(), null);
		wireMock.verify(1, authyPost("/protected/json/users/1635/register_activity")
			.withRequestBody(equalToJson("{\"type\":\"cookie_login\"}")));
	}

	@Test
	void registerActivitySendsEveryTypeByItsWireName() {
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/users/7/register_activity"))
			.willReturn(recorded(200, "co-authy/register-activity-200.json")));
		this.client.users().registerActivity(7, ActivityType.PASSWORD_RESET, Map.of(), null);
		this.client.users().registerActivity(7, ActivityType.UNBANNED, Map.of(), "::1");
		assertThat(requests()).extracting(LoggedRequest::getBodyAsString)
			.anySatisfy((body) -> assertThat(body).contains("\"password_reset\""))
			.anySatisfy((body) -> assertThat(body).contains("\"unbanned\"").contains("\"::1\""));
	}

	// users.requestSms and users.requestCall

	@Test
	void requestSmsIsNotForcedByDefaultAndReadsIgnoredAnswer() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/30144611"))
			.willReturn(recorded(200, "authy-java/sms-ignored-200.json")));
		TokenRequest answer = this.client.users().requestSms(30144611);
		assertThat(answer.ignored()).isTrue();
		assertThat(answer.device()).isEqualTo("android");
		assertThat(answer.cellphone()).isEqualTo("+57-XXX-XXX-XX12");
		assertThat(answer.message()).startsWith("Ignored: SMS is not needed for smartphones.");
		wireMock.verify(1, authyGet("/protected/json/sms/30144611").withQueryParam("force", absent()));
		assertThat(onlyRequest().getUrl()).isEqualTo("/protected/json/sms/30144611");
	}

	@Test
	void requestSmsForcedSendsForceTrue() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/30144611"))
			.willReturn(recorded(200, "authy-java/sms-forced-200.json")));
		TokenRequest answer = this.client.users().requestSms(30144611, TokenRequestOptions.FORCED);
		assertThat(answer.ignored()).isFalse();
		assertThat(answer.message()).isEqualTo("SMS token was sent");
		assertThat(answer.cellphone()).isEqualTo("+57-XXX-XXX-XX12");
		assertThat(answer.device()).isNull();
		assertThat(onlyRequest().getUrl()).isEqualTo("/protected/json/sms/30144611?force=true");
	}

	@Test
	void requestSmsSendsEveryOption() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/1635"))
			.willReturn(recorded(200, "uphold-authy-client/sms-200.json")));
		TokenRequest answer = this.client.users()
			.requestSms(1635, new TokenRequestOptions(true, "foobar", "foobar", "pt"));
		assertThat(answer.cellphone()).isEqualTo("+351-XXX-XXX-XX67");
		assertThat(answer.ignored()).isFalse();
		wireMock.verify(1,
				authyGet("/protected/json/sms/1635").withQueryParam("force", equalTo("true"))
					.withQueryParam("action", equalTo("foobar"))
					.withQueryParam("action_message", equalTo("foobar"))
					.withQueryParam("locale", equalTo("pt")));
	}

	@Test
	void requestSmsEncodesRubyCustomActionStrictly() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/81547"))
			.willReturn(recorded(200, "authy-ruby/custom-action-200.json")));
		TokenRequest answer = this.client.users()
			.requestSms(81547, new TokenRequestOptions(false, "custom action?", "Action message $%^?@#", null));
		assertThat(answer).isEqualTo(new TokenRequest(false, null, "", null));
		assertThat(onlyRequest().getUrl()).isEqualTo("/protected/json/sms/81547"
				+ "?action=custom%20action%3F&action_message=Action%20message%20%24%25%5E%3F%40%23");
		wireMock.verify(1, authyGet("/protected/json/sms/81547").withQueryParam("action", equalTo("custom action?"))
			.withQueryParam("action_message", equalTo("Action message $%^?@#")));
	}

	@Test
	void requestSmsKeepsAmpersandSlashSpaceAndPlusAsData() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/42"))
			.willReturn(recorded(200, "authy-ruby/custom-action-200.json")));
		this.client.users().requestSms(42, new TokenRequestOptions(false, "a&force=true", "x/y z+1", "pt-BR"));
		assertThat(onlyRequest().getUrl())
			.isEqualTo("/protected/json/sms/42?action=a%26force%3Dtrue&action_message=x%2Fy%20z%2B1&locale=pt-BR");
		wireMock.verify(1,
				authyGet("/protected/json/sms/42").withQueryParam("force", absent())
					.withQueryParam("action", equalTo("a&force=true"))
					.withQueryParam("action_message", equalTo("x/y z+1")));
	}

	@Test
	void requestSmsReadsOtherRecordedAnswers() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/1635"))
			.willReturn(recorded(200, "uphold-authy-client/sms-ignored-200.json")));
		assertThat(this.client.users().requestSms(1635)).isEqualTo(new TokenRequest(true, "+351-XXX-XXX-XX67",
				"Ignored: SMS is not needed for smartphones. Pass force=true if you want to actually send it anyway.",
				"iphone"));
		wireMock.stubFor(
				get(urlPathEqualTo("/protected/json/sms/1635")).willReturn(recorded(200, "co-authy/sms-200.json")));
		assertThat(this.client.users().requestSms(1635))
			.isEqualTo(new TokenRequest(false, "+351-XXX-XXX-XX67", "SMS sent.", null));
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/1635"))
			.willReturn(recorded(200, "co-authy/sms-ignored-200.json")));
		assertThat(this.client.users().requestSms(1635).ignored()).isTrue();
		wireMock.stubFor(
				get(urlPathEqualTo("/protected/json/sms/1635")).willReturn(recorded(200, "authy-php/sms-200.json")));
		assertThat(this.client.users().requestSms(1635)).isEqualTo(new TokenRequest(false, null, "SMS sent", null));
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/1635"))
			.willReturn(recorded(200, "other/authy-python-readme-sms-200.json")));
		assertThat(this.client.users().requestSms(1635))
			.isEqualTo(new TokenRequest(false, "+1-XXX-XXX-XX34", "SMS token was sent", null));
	}

	@Test
	void requestSmsReadsIgnoredGivenAsString() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/1635")).willReturn(
				json(200, "{\"message\":\"Ignored\",\"ignored\":\"true\",\"device\":null,\"success\":\"true\"}")));
		assertThat(this.client.users().requestSms(1635)).isEqualTo(new TokenRequest(true, null, "Ignored", null));
	}

	@Test
	void requestSmsForUnknownUserIsApiException() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/sms/30144611"))
			.willReturn(recorded(404, "authy-java/user-not-found-404-60026.json")));
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> this.client.users().requestSms(30144611))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo("60026");
				assertThat(ex.getOperation()).isEqualTo("users.requestSms");
			});
	}

	@Test
	void requestCallReadsAuthyJavaIgnoredAnswer() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/call/30144611"))
			.willReturn(recorded(200, "authy-java/call-ignored-200.json")));
		TokenRequest answer = this.client.users().requestCall(30144611);
		assertThat(answer.ignored()).isTrue();
		assertThat(answer.device()).isEqualTo("android");
		assertThat(answer.message()).startsWith("Call ignored. User is using  App Tokens");
		wireMock.verify(1, authyGet("/protected/json/call/30144611").withQueryParam("force", absent()));
	}

	@Test
	void requestCallForcedSendsOptions() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/call/1635"))
			.willReturn(recorded(200, "uphold-authy-client/call-200.json")));
		TokenRequest answer = this.client.users()
			.requestCall(1635, new TokenRequestOptions(true, "login", "Log in to Example", "es"));
		assertThat(answer).isEqualTo(new TokenRequest(false, "+351-XXX-XXX-XX67", "Call started...", null));
		assertThat(onlyRequest().getUrl()).isEqualTo(
				"/protected/json/call/1635?force=true&action=login&action_message=Log%20in%20to%20Example&locale=es");
	}

	@Test
	void requestCallReadsOtherRecordedAnswers() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/call/1635"))
			.willReturn(recorded(200, "uphold-authy-client/call-ignored-200.json")));
		assertThat(this.client.users().requestCall(1635).ignored()).isTrue();
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/call/1635"))
			.willReturn(recorded(200, "co-authy/call-ignored-200.json")));
		TokenRequest coAuthyIgnored = this.client.users().requestCall(1635);
		assertThat(coAuthyIgnored.ignored()).isTrue();
		assertThat(coAuthyIgnored.device()).isEqualTo("iphone");
		wireMock.stubFor(
				get(urlPathEqualTo("/protected/json/call/1635")).willReturn(recorded(200, "co-authy/call-200.json")));
		assertThat(this.client.users().requestCall(1635).ignored()).isFalse();
		wireMock.stubFor(
				get(urlPathEqualTo("/protected/json/call/1635")).willReturn(recorded(200, "authy-php/call-200.json")));
		assertThat(this.client.users().requestCall(1635))
			.isEqualTo(new TokenRequest(false, null, "Call started", null));
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/call/1635"))
			.willReturn(recorded(200, "other/authy-python-readme-call-200.json")));
		assertThat(this.client.users().requestCall(1635).cellphone()).isEqualTo("+1-XXX-XXX-XX34");
	}

	@Test
	void requestCallForUnknownUserWithoutErrorCodeIsApiException() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/call/1635"))
			.willReturn(recorded(404, "co-authy/user-not-found-404.json")));
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> this.client.users().requestCall(1635))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(404);
				assertThat(ex.getErrorCode()).isNull();
				assertThat(ex.getAuthyMessage()).isEqualTo("User not found.");
			});
	}

	// users.generateQrCode (no recorded answer exists: the body below follows the Ruby
	// README)

	@Test
	void generateQrCodeSendsSizeAndLabelAndHidesUrl() {
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/users/81547/secret")).willReturn(json(200,
				"{\"qr_code\":\"https://api.authy.com/qr/secret-image.png\",\"message\":\"QR code\",\"success\":true}")));
		QrCode qr = this.client.users().generateQrCode(81547, new QrCodeOptions(300, "example app name"));
		assertThat(qr.url()).isEqualTo("https://api.authy.com/qr/secret-image.png");
		assertThat(qr.message()).isEqualTo("QR code");
		assertThat(qr.toString()).doesNotContain("secret-image");
		wireMock.verify(1, authyPost("/protected/json/users/81547/secret")
			.withRequestBody(equalToJson("{\"qr_size\":300,\"label\":\"example app name\"}")));
	}

	@Test
	void generateQrCodeWithDefaultsSendsEmptyObject() {
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/users/81547/secret"))
			.willReturn(json(200, "{\"qr_code\":\"https://example.com/q.png\",\"success\":true}")));
		this.client.users().generateQrCode(81547, QrCodeOptions.DEFAULTS);
		wireMock.verify(1, authyPost("/protected/json/users/81547/secret").withRequestBody(equalToJson("{}")));
	}

	@Test
	void generateQrCodeWithoutQrCodeInAnswerIsTransportError() {
		wireMock.stubFor(any(urlPathEqualTo("/protected/json/users/81547/secret"))
			.willReturn(recorded(200, "authy-ruby/custom-action-200.json")));
		assertThatExceptionOfType(AuthyTransportException.class)
			.isThrownBy(() -> this.client.users().generateQrCode(81547, QrCodeOptions.DEFAULTS))
			.withMessageContaining("no qr_code");
	}

}
