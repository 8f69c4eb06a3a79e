package dev.authyspring.simulator;

import java.time.Duration;
import java.time.Instant;

import dev.authyspring.core.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of whole answers, byte for byte, wherever the simulator reports a status or a
 * user's state: clients compare these bodies with recorded ones, and scripts read the
 * control API's.
 */
class WireFormatTests {

	static final String CREATED_AT = "2026-03-10T12:00:00Z";

	static final long CREATED_EPOCH = 1773144000L;

	MutableClock clock = new MutableClock(Instant.parse(CREATED_AT));

	AuthySimulator simulator;

	Http http;

	long id;

	@BeforeEach
	void start() {
		this.simulator = AuthySimulator.start(SimulatorOptions.builder().clock(this.clock).build());
		this.http = new Http(this.simulator);
		this.id = this.http.postJson("/protected/json/users/new",
				"{\"user\":{\"email\":\"user@example.com\",\"cellphone\":\"300-300-3333\",\"country_code\":\"57\"}}")
			.id();
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void userStatusBeforeAndAfterTheApp() {
		assertThat(this.http.get("/protected/json/users/" + this.id + "/status").body()).isEqualTo(
				"{\"status\":{\"authy_id\":1001,\"confirmed\":true,\"registered\":false,\"country_code\":57,\"phone_number\":\"XXX-XXX-3333\",\"email\":\"user@example.com\",\"devices\":[],\"has_hard_token\":false,\"account_disabled\":false},\"message\":\"User status.\",\"success\":true}");
		this.simulator.installApp(this.id);
		assertThat(this.http.get("/protected/json/users/" + this.id + "/status").body()).isEqualTo(
				"{\"status\":{\"authy_id\":1001,\"confirmed\":true,\"registered\":true,\"country_code\":57,\"phone_number\":\"XXX-XXX-3333\",\"email\":\"user@example.com\",\"devices\":[\"android\"],\"has_hard_token\":false,\"account_disabled\":false},\"message\":\"User status.\",\"success\":true}");
	}

	@Test
	void validTokenDescribesTheDevice() {
		this.http.get("/protected/json/sms/" + this.id);
		String sms = this.simulator.lastCode(this.id);
		assertThat(this.http.get("/protected/json/verify/" + sms + "/" + this.id + "?force=true").body()).isEqualTo(
				"{\"message\":\"Token is valid.\",\"token\":\"is valid\",\"success\":\"true\",\"device\":{\"id\":null,\"os_type\":\"sms\",\"registration_date\":"
						+ CREATED_EPOCH
						+ ",\"registration_method\":null,\"registration_country\":null,\"registration_region\":null,\"registration_city\":null,\"country\":null,\"region\":null,\"city\":null,\"ip\":null,\"last_account_recovery_at\":null,\"last_sync_date\":null}}");
		this.simulator.installApp(this.id);
		String totp = this.simulator.totp(this.id);
		assertThat(this.http.get("/protected/json/verify/" + totp + "/" + this.id).body()).isEqualTo(
				"{\"message\":\"Token is valid.\",\"token\":\"is valid\",\"success\":\"true\",\"device\":{\"id\":2000001,\"os_type\":\"android\",\"registration_date\":"
						+ CREATED_EPOCH
						+ ",\"registration_method\":\"sms\",\"registration_country\":null,\"registration_region\":null,\"registration_city\":null,\"country\":null,\"region\":null,\"city\":null,\"ip\":null,\"last_account_recovery_at\":null,\"last_sync_date\":null}}");
	}

	@Test
	void approvalRequestStatusThroughItsLife() {
		String pending = createApproval(60);
		String approved = createApproval(60);
		String denied = createApproval(0);
		assertThat(approvalStatus(pending)).isEqualTo(approvalBody(pending, 60, "pending", null, CREATED_AT));
		this.clock.advance(Duration.ofSeconds(5));
		this.simulator.approve(approved).join();
		this.simulator.deny(denied).join();
		assertThat(approvalStatus(approved))
			.isEqualTo(approvalBody(approved, 60, "approved", "2026-03-10T12:00:05Z", "2026-03-10T12:00:05Z"));
		assertThat(approvalStatus(denied))
			.isEqualTo(approvalBody(denied, 0, "denied", "2026-03-10T12:00:05Z", "2026-03-10T12:00:05Z"));
		this.clock.advance(Duration.ofSeconds(60));
		assertThat(approvalStatus(pending))
			.isEqualTo(approvalBody(pending, 60, "expired", "2026-03-10T12:01:00Z", "2026-03-10T12:01:00Z"));
		assertThat(approvalStatus(approved))
			.isEqualTo(approvalBody(approved, 60, "approved", "2026-03-10T12:00:05Z", "2026-03-10T12:00:05Z"));
	}

	@Test
	void controlApiListsApprovalRequestsAndDecides() {
		String uuid = createApproval(60);
		String listed = "[{\"uuid\":\"" + uuid
				+ "\",\"authy_id\":1001,\"message\":\"Login\",\"details\":{\"Username\":\"jdoe\"},\"status\":\"%s\",\"created_at\":\"2026-03-10T12:00:00Z\",\"expires_at\":\"2026-03-10T12:01:00Z\"}]";
		assertThat(this.http.getWithoutKey("/simulator/approval-requests").body())
			.isEqualTo(listed.formatted("pending"));
		assertThat(this.http.getWithoutKey("/simulator/approval-requests?status=approved").body()).isEqualTo("[]");
		assertThat(this.http.post("/simulator/approval-requests/" + uuid + "/approve").body()).isEqualTo("{\"uuid\":\""
				+ uuid
				+ "\",\"status\":\"approved\",\"callback\":{\"attempted\":false,\"status\":-1,\"error\":\"no callback URL configured\"},\"success\":true}");
		assertThat(this.http.getWithoutKey("/simulator/approval-requests?status=approved").body())
			.isEqualTo(listed.formatted("approved"));
		assertThat(this.http.post("/simulator/approval-requests/" + uuid + "/deny").body())
			.isEqualTo("{\"message\":\"Approval request " + uuid + " is approved, not pending\",\"success\":false}");
		assertThat(this.http.post("/simulator/approval-requests/nope/deny").body())
			.isEqualTo("{\"message\":\"No approval request nope\",\"success\":false}");
	}

	@Test
	void phoneVerificationStatusThroughItsLife() {
		Http.Response started = this.http.postForm("/protected/json/phones/verification/start",
				"via=sms&country_code=1&phone_number=2015550123");
		String uuid = (String) started.at("uuid");
		assertThat(started.body()).isEqualTo(
				"{\"carrier\":\"Simulated Mobile\",\"is_cellphone\":true,\"is_ported\":false,\"message\":\"Text message sent to +1 201-555-0123.\",\"seconds_to_expire\":599,\"uuid\":\""
						+ uuid + "\",\"success\":true}");
		this.clock.advance(Duration.ofSeconds(100));
		assertThat(verificationStatus(uuid)).isEqualTo(verificationBody("pending", 499));
		assertThat(this.http.get("/protected/json/phones/verification/status?country_code=1&phone_number=2015550123")
			.body()).isEqualTo(verificationBody("pending", 499));
		String code = this.simulator.lastVerificationCode(1, "2015550123");
		this.http.get("/protected/json/phones/verification/check?country_code=1&phone_number=2015550123"
				+ "&verification_code=" + code);
		assertThat(verificationStatus(uuid)).isEqualTo(verificationBody("verified", 499));
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(verificationStatus(uuid)).isEqualTo(verificationBody("verified", 0));
		Http.Response restarted = this.http.postForm("/protected/json/phones/verification/start",
				"via=call&country_code=1&phone_number=2015550123");
		assertThat(restarted.at("uuid")).isNotEqualTo(uuid);
		assertThat(verificationStatus(uuid)).isEqualTo(
				"{\"message\":\"Phone verification not found\",\"success\":false,\"errors\":{\"message\":\"Phone verification not found\"},\"error_code\":\"60023\"}");
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(verificationStatus((String) restarted.at("uuid"))).isEqualTo(verificationBody("expired", 0));
	}

	@Test
	void statisticsAndTheControlApiListings() {
		this.http.get("/protected/json/sms/" + this.id + "?locale=es");
		this.http.get("/protected/json/call/" + this.id);
		String code = this.simulator.lastCode(this.id);
		this.http.get("/protected/json/verify/" + code + "/" + this.id + "?force=true");
		assertThat(this.http.get("/protected/json/app/stats").body()).isEqualTo(
				"{\"message\":\"Monthly statistics.\",\"count\":1,\"total_users\":1,\"app_id\":1,\"success\":true,\"stats\":[{\"sms_count\":1,\"calls_count\":1,\"users_count\":1,\"auths_count\":1,\"month\":\"March\",\"api_calls_count\":5,\"year\":2026}]}");
		assertThat(this.http.getWithoutKey("/simulator/users").body()).isEqualTo(
				"[{\"authy_id\":1001,\"country_code\":57,\"phone_number\":\"3003003333\",\"emails\":[\"user@example.com\"],\"registered\":true,\"app_installed\":false}]");
		String sms = this.simulator.messages().get(0).code();
		assertThat(this.http.getWithoutKey("/simulator/messages?authy_id=" + this.id).body()).isEqualTo(
				"[{\"id\":1,\"authy_id\":1001,\"country_code\":57,\"phone_number\":\"3003003333\",\"via\":\"sms\",\"kind\":\"token\",\"code\":\""
						+ sms
						+ "\",\"sent_at\":\"2026-03-10T12:00:00Z\",\"expires_at\":\"2026-03-10T12:10:00Z\",\"locale\":\"es\"},"
						+ "{\"id\":2,\"authy_id\":1001,\"country_code\":57,\"phone_number\":\"3003003333\",\"via\":\"call\",\"kind\":\"token\",\"code\":\""
						+ code
						+ "\",\"sent_at\":\"2026-03-10T12:00:00Z\",\"expires_at\":\"2026-03-10T12:10:00Z\",\"locale\":null}]");
		assertThat(this.http.getWithoutKey("/simulator/messages?authy_id=1").body()).isEqualTo("[]");
	}

	@Test
	void controlApiAnswersForUsersCallbacksFaultsAndReset() {
		assertThat(this.http.post("/simulator/users/" + this.id + "/app").body())
			.isEqualTo("{\"authy_id\":1001,\"app_installed\":true,\"success\":true}");
		this.clock.advance(Duration.ofSeconds(12));
		assertThat(this.http.getWithoutKey("/simulator/users/" + this.id + "/totp").body()).isEqualTo(
				"{\"authy_id\":1001,\"code\":\"" + this.simulator.totp(this.id) + "\",\"seconds_remaining\":18}");
		assertThat(this.http.getWithoutKey("/simulator/users/7/totp").body())
			.isEqualTo("{\"message\":\"No user with Authy id 7\",\"success\":false}");
		assertThat(this.http.post("/simulator/users/7/app").body())
			.isEqualTo("{\"message\":\"No user with Authy id 7\",\"success\":false}");
		assertThat(this.http.postJson("/simulator/callback", "{\"url\":\"http://127.0.0.1:9/cb\"}").body())
			.isEqualTo("{\"url\":\"http://127.0.0.1:9/cb\",\"success\":true}");
		assertThat(this.http.postJson("/simulator/callback", "{}").body()).isEqualTo("{\"url\":null,\"success\":true}");
		assertThat(this.http.postJson("/simulator/faults", "{\"endpoint\":\"sms\",\"type\":\"latency\",\"delay_ms\":0}")
			.body()).isEqualTo("{\"endpoint\":\"sms\",\"type\":\"latency\",\"count\":1,\"success\":true}");
		assertThat(this.http.postJson("/simulator/faults", "{\"type\":\"html\",\"count\":3}").body())
			.isEqualTo("{\"endpoint\":\"*\",\"type\":\"html_status\",\"count\":3,\"success\":true}");
		// One map per fault; its member order is not part of the contract.
		assertThat(this.http.get("/simulator/faults").body()).startsWith("[{")
			.contains("\"endpoint\":\"sms\"", "\"type\":\"latency\"", "\"remaining\":1", "\"endpoint\":\"*\"",
					"\"type\":\"html_status\"", "\"remaining\":3");
		assertThat(Http.send(this.http.request("/simulator/faults").DELETE()).body()).isEqualTo("{\"success\":true}");
		assertThat(this.http.get("/simulator/faults").body()).isEqualTo("[]");
		assertThat(this.http.post("/simulator/reset").body())
			.isEqualTo("{\"message\":\"Simulator reset.\",\"success\":true}");
		assertThat(this.http.getWithoutKey("/simulator/users").body()).isEqualTo("[]");
	}

	private String createApproval(long secondsToExpire) {
		return (String) this.http
			.postJson("/onetouch/json/users/" + this.id + "/approval_requests",
					"{\"message\":\"Login\",\"details\":{\"Username\":\"jdoe\"},\"seconds_to_expire\":"
							+ secondsToExpire + "}")
			.at("approval_request", "uuid");
	}

	private String approvalStatus(String uuid) {
		Http.Response response = this.http.get("/onetouch/json/approval_requests/" + uuid);
		assertThat(response.status()).isEqualTo(200);
		// The request's _id is random: checked for its shape, then left out of the
		// comparison.
		assertThat(response.body()).containsPattern("\"_id\":\"[0-9a-f]{24}\"");
		return response.body().replaceFirst("\"_id\":\"[0-9a-f]{24}\"", "\"_id\":\"ID\"");
	}

	private static String approvalBody(String uuid, long secondsToExpire, String status, String processedAt,
			String updatedAt) {
		return "{\"approval_request\":{\"_app_name\":\"Authy Simulator\",\"_app_serial_id\":1,\"_authy_id\":1001,\"_id\":\"ID\",\"_user_email\":\"user@example.com\",\"app_id\":\"5a17c0de5a17c0de5a17c0de\",\"created_at\":\"2026-03-10T12:00:00Z\",\"notified\":false,\"processed_at\":"
				+ ((processedAt != null) ? "\"" + processedAt + "\"" : "null") + ",\"seconds_to_expire\":"
				+ secondsToExpire + ",\"status\":\"" + status + "\",\"updated_at\":\"" + updatedAt
				+ "\",\"user_id\":\"5a17c0de00000000000003e9\",\"uuid\":\"" + uuid + "\"},\"success\":true}";
	}

	private String verificationStatus(String uuid) {
		return this.http.get("/protected/json/phones/verification/status?uuid=" + uuid).body();
	}

	private static String verificationBody(String status, long secondsToExpire) {
		return "{\"message\":\"Phone Verification status.\",\"status\":\"" + status + "\",\"seconds_to_expire\":"
				+ secondsToExpire + ",\"success\":true}";
	}

}
