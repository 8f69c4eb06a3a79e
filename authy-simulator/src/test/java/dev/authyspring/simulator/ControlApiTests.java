package dev.authyspring.simulator;

import java.util.Map;

import dev.authyspring.simulator.junit.AuthySimulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the HTTP control API under {@code /simulator} and its page.
 */
@ExtendWith(AuthySimulatorExtension.class)
class ControlApiTests {

	static AuthySimulator simulator;

	static Http http;

	@BeforeAll
	static void connect(AuthySimulator started) {
		simulator = started;
		http = new Http(started);
	}

	@Test
	void listsDeliveredMessagesWithCodes() {
		long id = simulator.registerUser("a@example.com", 1, "2015550123");
		http.get("/protected/json/sms/" + id);
		http.postForm("/protected/json/phones/verification/start", "via=call&country_code=44&phone_number=7700900123");
		Http.Response all = http.getWithoutKey("/simulator/messages");
		Http.Response forUser = http.getWithoutKey("/simulator/messages?authy_id=" + id);
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).contains("\"code\":\"" + simulator.lastCode(id) + "\"")
			.contains("\"via\":\"call\"")
			.contains("\"kind\":\"verification\"");
		assertThat(forUser.body()).doesNotContain("verification").contains("\"authy_id\":" + id);
	}

	@Test
	void installsAppAndShowsTotp() {
		long id = simulator.registerUser("a@example.com", 1, "2015550123");
		assertThat(http.getWithoutKey("/simulator/users/" + id + "/totp").status()).isEqualTo(409);
		assertThat(http.post("/simulator/users/" + id + "/app").status()).isEqualTo(200);
		Http.Response totp = http.getWithoutKey("/simulator/users/" + id + "/totp");
		assertThat(totp.status()).isEqualTo(200);
		assertThat((String) totp.at("code")).matches("[0-9]{7}");
		assertThat(http.get("/protected/json/verify/" + totp.at("code") + "/" + id + "?force=true").status())
			.isEqualTo(200);
		assertThat(http.getWithoutKey("/simulator/users/99999/totp").status()).isEqualTo(404);
		assertThat(http.post("/simulator/users/99999/app").status()).isEqualTo(404);
		assertThat(http.getWithoutKey("/simulator/users").body()).contains("\"app_installed\":true");
	}

	@Test
	void approvesAndDeniesOverHttp() {
		long id = simulator.registerUser("a@example.com", 1, "2015550123");
		String first = (String) http
			.postJson("/onetouch/json/users/" + id + "/approval_requests", "{\"message\":\"One\"}")
			.at("approval_request", "uuid");
		String second = (String) http
			.postJson("/onetouch/json/users/" + id + "/approval_requests", "{\"message\":\"Two\"}")
			.at("approval_request", "uuid");
		assertThat(http.getWithoutKey("/simulator/approval-requests?status=pending").body()).contains(first)
			.contains(second);
		Http.Response approved = http.post("/simulator/approval-requests/" + first + "/approve");
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.at("status")).isEqualTo("approved");
		assertThat(((Map<?, ?>) approved.at("callback")).get("attempted")).isEqualTo(false);
		assertThat(http.post("/simulator/approval-requests/" + second + "/deny").at("status")).isEqualTo("denied");
		assertThat(http.post("/simulator/approval-requests/" + second + "/approve").status()).isEqualTo(409);
		assertThat(http.post("/simulator/approval-requests/nope/approve").status()).isEqualTo(404);
		assertThat(simulator.pendingApprovals()).isEmpty();
	}

	@Test
	void setsCallbackOverHttp() {
		assertThat(
				http.postJson("/simulator/callback", "{\"url\":\"http://127.0.0.1:9/cb\",\"method\":\"GET\"}").status())
			.isEqualTo(200);
		assertThat(http.postJson("/simulator/callback", "{\"url\":\"ftp://example.com/cb\"}").status()).isEqualTo(400);
		assertThat(http.postJson("/simulator/callback", "{}").status()).isEqualTo(200);
	}

	@Test
	void resetForgetsEverything() {
		long id = simulator.registerUser("a@example.com", 1, "2015550123");
		http.get("/protected/json/sms/" + id);
		assertThat(http.post("/simulator/reset").status()).isEqualTo(200);
		assertThat(simulator.messages()).isEmpty();
		assertThat(http.get("/protected/json/users/" + id + "/status").status()).isEqualTo(404);
	}

	@Test
	void servesThePhonePageWithStableHooks() {
		Http.Response page = http.getWithoutKey("/simulator");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("row.dataset.authyId")
			.contains("row.dataset.via")
			.contains("row.dataset.uuid")
			.contains("\"code\"")
			.contains("decision + \"-\" + a.uuid")
			.contains("setInterval(refresh, 2000)");
		assertThat(http.getWithoutKey("/simulator/unknown").status()).isEqualTo(404);
	}

}
