package dev.authyspring.simulator;

import java.util.List;
import java.util.Map;

import dev.authyspring.simulator.junit.AuthySimulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of each simulated endpoint's success and error answers, compared with the
 * recorded responses of authy-fixtures.md section B.
 */
@SuppressWarnings("unchecked")
@ExtendWith(AuthySimulatorExtension.class)
class AuthyApiTests {

	static final String USER_NOT_FOUND = "{\"message\":\"User not found.\",\"success\":false,\"errors\":{\"message\":\"User not found.\"},\"error_code\":\"60026\"}";

	static final String INVALID_KEY = "{\"error_code\":\"60001\",\"message\":\"Invalid API key\",\"errors\":{\"message\":\"Invalid API key\"},\"success\":false}";

	static AuthySimulator simulator;

	static Http http;

	@BeforeAll
	static void connect(AuthySimulator started) {
		simulator = started;
		http = new Http(started);
	}

	static long createUser(String cellphone, String countryCode) {
		return http
			.postJson("/protected/json/users/new",
					"{\"user\":{\"email\":\"test@example.com\",\"cellphone\":\"" + cellphone + "\",\"country_code\":\""
							+ countryCode + "\"}}")
			.id();
	}

	@Test
	void rejectsMissingOrWrongApiKeyWithRecordedBody() {
		Http.Response missing = http.getWithoutKey("/protected/json/app/details");
		Http.Response wrong = new Http(simulator.baseUrl(), "wrong").get("/protected/json/app/details");
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.body()).isEqualTo(INVALID_KEY);
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.body()).isEqualTo(INVALID_KEY);
	}

	@Test
	void acceptsLegacyApiKeyParameter() {
		Http.Response response = http.getWithoutKey("/protected/json/app/details?api_key=" + simulator.apiKey());
		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void createsUserFromJsonWithRecordedBody() {
		Http.Response response = http.postJson("/protected/json/users/new",
				"{\"user\":{\"country_code\":\"57\",\"cellphone\":\"3003003333\",\"email\":\"test@example.com\"}}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"message\":\"User created successfully.\",\"user\":{\"id\":"
				+ response.id() + "},\"success\":true}");
	}

	@Test
	void sameCellphoneGetsSameAuthyIdWhateverTheRequestForm() {
		long fromJson = createUser("300-300-3333", "57");
		long fromForm = http.postForm("/protected/json/users/new",
				"user%5Bemail%5D=other%40example.com&user%5Bcellphone%5D=300.300.3333&user%5Bcountry_code%5D=57&send_install_link_via_sms=true")
			.id();
		long fromQuery = http.post(
				"/protected/json/users/new?user[email]=q%40example.com&user[cellphone]=3003003333&user[country_code]=57")
			.id();
		long other = createUser("3003003334", "57");
		assertThat(fromForm).isEqualTo(fromJson);
		assertThat(fromQuery).isEqualTo(fromJson);
		assertThat(other).isNotEqualTo(fromJson);
	}

	@Test
	void rejectsInvalidUserWithRecordedBody() {
		Http.Response response = http.postJson("/protected/json/users/new",
				"{\"user\":{\"country_code\":\"57\",\"cellphone\":\"123\",\"email\":\"test@example.com\"}}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(
				"{\"message\":\"User was not valid\",\"success\":false,\"errors\":{\"cellphone\":\"is invalid\",\"message\":\"User was not valid\"},\"cellphone\":\"is invalid\",\"error_code\":\"60027\"}");
	}

	@Test
	void rejectsInvalidEmail() {
		Http.Response response = http.postJson("/protected/json/users/new",
				"{\"user\":{\"country_code\":\"1\",\"cellphone\":\"2015550123\",\"email\":\"not-an-email\"}}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.at("errors", "email")).isEqualTo("is invalid");
		assertThat(response.at("error_code")).isEqualTo("60027");
	}

	@Test
	void reportsUserStatus() {
		long id = createUser("3003003333", "57");
		Http.Response response = http.get("/protected/json/users/" + id + "/status");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.at("message")).isEqualTo("User status.");
		assertThat(response.at("success")).isEqualTo(true);
		Map<String, Object> status = (Map<String, Object>) response.at("status");
		assertThat(status.get("authy_id")).isEqualTo((int) id);
		assertThat(status).containsEntry("confirmed", true)
			.containsEntry("registered", false)
			.containsEntry("country_code", 57)
			.containsEntry("phone_number", "XXX-XXX-3333")
			.containsEntry("devices", List.of());
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET /protected/json/users/999999/status", "GET /protected/json/sms/999999",
			"GET /protected/json/call/999999", "POST /protected/json/users/999999/remove",
			"POST /protected/json/users/999999/delete", "POST /protected/json/users/delete/999999",
			"POST /protected/json/users/999999/register_activity", "GET /protected/json/verify/1234567/999999",
			"POST /onetouch/json/users/999999/approval_requests", "GET /protected/json/users/tony/status",
			"GET /protected/json/sms/0" })
	void answersUnknownUserWithRecordedBody(String request) {
		String[] parts = request.split(" ");
		Http.Response response = "GET".equals(parts[0]) ? http.get(parts[1])
				: http.postJson(parts[1], "{\"type\":\"banned\",\"message\":\"Login\"}");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo(USER_NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/protected/json/users/%d/remove", "/protected/json/users/%d/delete",
			"/protected/json/users/delete/%d" })
	void deletesUserOnEachDocumentedPath(String path) {
		long id = createUser("3003003333", "57");
		Http.Response response = http.post(path.formatted(id));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"message\":\"User removed from application\",\"success\":true}");
		assertThat(http.get("/protected/json/users/" + id + "/status").status()).isEqualTo(404);
	}

	@Test
	void sendsSmsTokenToTheOutbox() {
		long id = createUser("3003003312", "57");
		Http.Response response = http.get("/protected/json/sms/" + id + "?force=true");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body())
			.isEqualTo("{\"success\":true,\"message\":\"SMS token was sent\",\"cellphone\":\"+57-XXX-XXX-XX12\"}");
		Message message = simulator.lastMessage(id).orElseThrow();
		assertThat(message.via()).isEqualTo("sms");
		assertThat(message.kind()).isEqualTo("token");
		assertThat(message.code()).matches("[0-9]{7}");
		assertThat(message.expiresAt()).isAfter(message.sentAt());
	}

	@Test
	void startsVoiceCallWithRecordedBody() {
		long id = createUser("911234567", "351");
		Http.Response response = http.get("/protected/json/call/" + id);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body())
			.isEqualTo("{\"cellphone\":\"+351-XXX-XXX-XX67\",\"message\":\"Call started...\",\"success\":true}");
		assertThat(simulator.lastMessage(id).orElseThrow().via()).isEqualTo("call");
	}

	@Test
	void registersActivity() {
		long id = createUser("3003003333", "57");
		Http.Response response = http.postJson("/protected/json/users/" + id + "/register_activity",
				"{\"data\":{\"reason\":\"foo\"},\"type\":\"banned\",\"user_ip\":\"86.112.56.34\"}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"message\":\"Activity was created.\",\"success\":true}");
		Http.Response invalid = http.postJson("/protected/json/users/" + id + "/register_activity",
				"{\"type\":\"dancing\"}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.at("error_code")).isEqualTo("60004");
	}

	@Test
	void createsApprovalRequestAndReportsItsStatus() {
		long id = createUser("3003003333", "57");
		Http.Response created = http.postJson("/onetouch/json/users/" + id + "/approval_requests",
				"{\"message\":\"Login requested\",\"details\":{\"username\":\"Bill\"},\"hidden_details\":{\"ip\":\"10.0.0.1\"},"
						+ "\"logos\":[{\"res\":\"default\",\"url\":\"https://example.com/d.png\"}],\"seconds_to_expire\":120}");
		assertThat(created.status()).isEqualTo(200);
		String uuid = (String) created.at("approval_request", "uuid");
		assertThat(created.body()).isEqualTo("{\"approval_request\":{\"uuid\":\"" + uuid + "\"},\"success\":true}");
		Http.Response status = http.get("/onetouch/json/approval_requests/" + uuid);
		assertThat(status.status()).isEqualTo(200);
		Map<String, Object> request = (Map<String, Object>) status.at("approval_request");
		assertThat(request.keySet()).containsExactly("_app_name", "_app_serial_id", "_authy_id", "_id", "_user_email",
				"app_id", "created_at", "notified", "processed_at", "seconds_to_expire", "status", "updated_at",
				"user_id", "uuid");
		assertThat(request).containsEntry("status", "pending")
			.containsEntry("uuid", uuid)
			.containsEntry("seconds_to_expire", 120)
			.containsEntry("_user_email", "test@example.com")
			.containsEntry("processed_at", null);
		assertThat((String) request.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		simulator.approve(uuid).join();
		assertThat(http.get("/onetouch/json/approval_requests/" + uuid).at("approval_request", "status"))
			.isEqualTo("approved");
	}

	@Test
	void createsApprovalRequestFromBracketedForm() {
		long id = createUser("3003003333", "57");
		Http.Response created = http.postForm("/onetouch/json/users/" + id + "/approval_requests",
				"message=You+are+moving+10+BTC&details%5BBank+account%5D=23527922&details%5BAmount%5D=10+BTC"
						+ "&hidden_details%5BIP+Address%5D=192.168.0.3&logos%5B%5D%5Bres%5D=low&logos%5B%5D%5Burl%5D=http%3A%2F%2Ffoo.bar"
						+ "&logos%5B%5D%5Bres%5D=default&logos%5B%5D%5Burl%5D=http%3A%2F%2Ffoo.baz&seconds_to_expire=150");
		assertThat(created.status()).isEqualTo(200);
		Approval approval = simulator.pendingApprovals().get(0);
		assertThat(approval.message()).isEqualTo("You are moving 10 BTC");
		assertThat(approval.details()).containsExactly(Map.entry("Bank account", "23527922"),
				Map.entry("Amount", "10 BTC"));
	}

	@Test
	void rejectsApprovalRequestWithoutMessage() {
		long id = createUser("3003003333", "57");
		Http.Response response = http.postJson("/onetouch/json/users/" + id + "/approval_requests", "{}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(
				"{\"error_code\":\"60004\",\"message\":\"Invalid parameter: message - Parameter is required\",\"errors\":{\"message\":\"Invalid parameter: message - Parameter is required\"},\"success\":false}");
	}

	@Test
	void answersUnknownApprovalRequestWithRecordedBody() {
		Http.Response response = http.get("/onetouch/json/approval_requests/3f05a350-4b2c-0136-f779-12c0c2bf9easd");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo(
				"{\"message\":\"Approval request not found: 3f05a350-4b2c-0136-f779-12c0c2bf9easd\",\"success\":false,\"errors\":{},\"error_code\":\"60049\"}");
	}

	@Test
	void verifiesPhoneWithRecordedTexts() {
		Http.Response started = http.postJson("/protected/json/phones/verification/start",
				"{\"country_code\":\"1\",\"phone_number\":\"775-461-5609\",\"locale\":\"en\",\"via\":\"sms\"}");
		assertThat(started.status()).isEqualTo(200);
		assertThat(started.json().keySet()).containsExactly("carrier", "is_cellphone", "is_ported", "message",
				"seconds_to_expire", "uuid", "success");
		assertThat(started.at("message")).isEqualTo("Text message sent to +1 775-461-5609.");
		// A number ending in 9 has an unknown carrier; the carrier is still a string.
		assertThat(started.at("carrier")).isEqualTo("Unknown");
		assertThat(started.at("seconds_to_expire")).isEqualTo(599);
		String code = simulator.lastVerificationCode(1, "7754615609");
		assertThat(code).matches("[0-9]{4}");

		String check = "/protected/json/phones/verification/check?country_code=1&phone_number=7754615609&verification_code=";
		String wrong = code.equals("0000") ? "1111" : "0000";
		Http.Response incorrect = http.get(check + wrong);
		assertThat(incorrect.status()).isEqualTo(401);
		assertThat(incorrect.body()).isEqualTo(
				"{\"error_code\":\"60022\",\"message\":\"Verification code is incorrect\",\"errors\":{\"message\":\"Verification code is incorrect\"},\"success\":false}");
		Http.Response correct = http.get(check + code);
		assertThat(correct.status()).isEqualTo(200);
		assertThat(correct.body()).isEqualTo("{\"message\":\"Verification code is correct.\",\"success\":true}");
		Http.Response again = http.get(check + code);
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.body()).isEqualTo(
				"{\"message\":\"No pending verifications for +1 775-461-5609 found.\",\"success\":false,\"errors\":{\"message\":\"No pending verifications for +1 775-461-5609 found.\"},\"error_code\":\"60023\"}");
		Http.Response status = http.get("/protected/json/phones/verification/status?uuid=" + started.at("uuid"));
		assertThat(status.at("message")).isEqualTo("Phone Verification status.");
		assertThat(status.at("status")).isEqualTo("verified");
	}

	@Test
	void repeatedStartResendsTheSameCodeWithRequestedLength() {
		String start = "{\"country_code\":1,\"phone_number\":\"2015550123\",\"via\":\"call\",\"code_length\":6}";
		Http.Response first = http.postJson("/protected/json/phones/verification/start", start);
		String code = simulator.lastVerificationCode(1, "2015550123");
		Http.Response second = http.postJson("/protected/json/phones/verification/start", start);
		assertThat(first.at("message")).isEqualTo("Call to +1 201-555-0123 initiated");
		assertThat(code).matches("[0-9]{6}");
		assertThat(simulator.lastVerificationCode(1, "2015550123")).isEqualTo(code);
		assertThat(second.at("uuid")).isEqualTo(first.at("uuid"));
		assertThat(simulator.messages()).hasSize(2);
	}

	@Test
	void answersSpanishCallWithRecordedTextAndKeepsLocale() {
		Http.Response started = http.postJson("/protected/json/phones/verification/start",
				"{\"country_code\":\"1\",\"phone_number\":\"775-461-5609\",\"locale\":\"es\",\"via\":\"call\"}");
		assertThat(started.at("message")).isEqualTo("Llamada a +1 775-461-5609 fue iniciada.");
		assertThat(simulator.messages()).extracting(Message::locale).containsExactly("es");
	}

	@Test
	void rejectsInvalidVerificationRequestsWithRecordedBodies() {
		Http.Response invalidPhone = http.postForm("/protected/json/phones/verification/start",
				"via=sms&country_code=54&phone_number=555-9302");
		assertThat(invalidPhone.status()).isEqualTo(400);
		assertThat(invalidPhone.body()).isEqualTo(
				"{\"error_code\":\"60033\",\"message\":\"Phone number is invalid\",\"errors\":{\"message\":\"Phone number is invalid\"},\"success\":false}");
		Http.Response missingCountry = http.postForm("/protected/json/phones/verification/start",
				"via=sms&phone_number=2015550123");
		assertThat(missingCountry.status()).isEqualTo(400);
		assertThat(missingCountry.body()).isEqualTo(
				"{\"error_code\":\"60004\",\"message\":\"Invalid parameter: country_code - Parameter is required\",\"errors\":{\"message\":\"Invalid parameter: country_code - Parameter is required\"},\"success\":false}");
		Http.Response landline = http.postForm("/protected/json/phones/verification/start",
				"via=sms&country_code=1&phone_number=2015550126");
		assertThat(landline.status()).isEqualTo(403);
		assertThat(landline.at("error_code")).isEqualTo("60082");
		Http.Response badLength = http.postForm("/protected/json/phones/verification/start",
				"via=sms&country_code=1&phone_number=2015550123&code_length=11");
		assertThat(badLength.status()).isEqualTo(400);
		Http.Response noStatusParams = http.get("/protected/json/phones/verification/status");
		assertThat(noStatusParams.status()).isEqualTo(400);
		assertThat(noStatusParams.at("error_code")).isEqualTo("60042");
	}

	@Test
	void phoneInformationDependsOnTheNumber() {
		Http.Response voip = http.get("/protected/json/phones/info?phone_number=7754615608&country_code=1");
		Http.Response landline = http.get("/protected/json/phones/info?phone_number=7754615606&country_code=1");
		Http.Response mobile = http.get("/protected/json/phones/info?phone_number=7754615601&country_code=1");
		Http.Response ported = http.get("/protected/json/phones/info?phone_number=7754615605&country_code=1");
		assertThat(voip.json().keySet()).containsExactly("message", "type", "provider", "ported", "success");
		assertThat((String) voip.at("message"))
			.matches("Phone number information as of \\d+-\\d+-\\d+ \\d+:\\d+:\\d+ UTC");
		assertThat(voip.at("type")).isEqualTo("voip");
		assertThat(landline.at("type")).isEqualTo("landline");
		assertThat(mobile.at("type")).isEqualTo("cellphone");
		assertThat(mobile.at("ported")).isEqualTo(false);
		assertThat(ported.at("ported")).isEqualTo(true);
		Http.Response unknown = http.get("/protected/json/phones/info?phone_number=7754615609&country_code=1");
		assertThat(unknown.at("type")).isEqualTo("unknown");
		// Every recorded answer has a string provider, and authy-client requires one.
		assertThat(unknown.at("provider")).isEqualTo("Unknown");
		for (Http.Response answer : new Http.Response[] { voip, landline, mobile, ported }) {
			assertThat(answer.at("provider")).isInstanceOf(String.class);
		}
		assertThat(http.get("/protected/json/phones/info?phone_number=12&country_code=1").status()).isEqualTo(400);
	}

	@Test
	void reportsApplicationDetails() {
		Http.Response response = http.get("/protected/json/app/details");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(
				"{\"app\":{\"name\":\"Authy Simulator\",\"plan\":\"pay_as_you_go\",\"sms_enabled\":true,\"phone_calls_enabled\":true,\"app_id\":1,\"onetouch_enabled\":true},\"message\":\"Application information.\",\"success\":true}");
	}

	@Test
	void monthlyStatisticsCountWhatHappened() {
		long id = createUser("3003003333", "57");
		createUser("3003003334", "57");
		createUser("3003003333", "57");
		http.get("/protected/json/sms/" + id);
		http.get("/protected/json/call/" + id);
		http.get("/protected/json/verify/" + simulator.lastCode(id) + "/" + id + "?force=true");
		Http.Response response = http.get("/protected/json/app/stats");
		assertThat(response.at("message")).isEqualTo("Monthly statistics.");
		assertThat(response.at("count")).isEqualTo(1);
		assertThat(response.at("total_users")).isEqualTo(2);
		Map<String, Object> month = (Map<String, Object>) ((List<?>) response.at("stats")).get(0);
		assertThat(month.keySet()).containsExactlyInAnyOrder("sms_count", "calls_count", "users_count", "auths_count",
				"month", "api_calls_count", "year");
		assertThat(month).containsEntry("sms_count", 1)
			.containsEntry("calls_count", 1)
			.containsEntry("users_count", 2)
			.containsEntry("auths_count", 1)
			.containsEntry("api_calls_count", 7);
	}

	@Test
	void answersUnknownRouteWith404() {
		assertThat(http.get("/protected/json/nothing/here").status()).isEqualTo(404);
		assertThat(http.get("/protected/xml/app/details").status()).isEqualTo(404);
		assertThat(http.get("/protected/json/users/new").status()).isEqualTo(404);
	}

	@Test
	void rejectsBodyThatIsNotJson() {
		Http.Response response = http.postJson("/protected/json/users/new", "{\"user\":");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.at("error_code")).isEqualTo("60002");
	}

}
