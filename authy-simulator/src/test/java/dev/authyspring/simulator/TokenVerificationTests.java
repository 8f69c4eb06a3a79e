package dev.authyspring.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.authyspring.core.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests of token delivery and verification: force and ignored semantics, reuse, TOTP and
 * expiry, with a clock the tests move.
 */
class TokenVerificationTests {

	static final String INVALID = "{\"message\":\"Token is invalid\",\"token\":\"is invalid\",\"success\":false,\"errors\":{\"message\":\"Token is invalid\"},\"error_code\":\"60020\"}";

	MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

	AuthySimulator simulator;

	Http http;

	long id;

	@BeforeEach
	void start() {
		this.simulator = AuthySimulator.start(SimulatorOptions.builder().clock(this.clock).build());
		this.http = new Http(this.simulator);
		this.id = this.simulator.registerUser("user@example.com", 1, "2015550123");
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	Http.Response verify(String token, String query) {
		return this.http.get("/protected/json/verify/" + token + "/" + this.id + query);
	}

	@Test
	void anyTokenIsValidUntilRegisteredUnlessForced() {
		Http.Response unforced = verify("1234567", "");
		assertThat(unforced.status()).isEqualTo(200);
		assertThat(unforced.at("message")).isEqualTo("Token is valid.");
		assertThat(unforced.at("token")).isEqualTo("is valid");
		assertThat(unforced.at("success")).isEqualTo("true");
		assertThat(unforced.body()).contains("\"token\":\"is valid\"");
		Http.Response forced = verify("1234567", "?force=true");
		assertThat(forced.status()).isEqualTo(401);
		assertThat(forced.body()).isEqualTo(INVALID);
	}

	@Test
	void smsCodeIsValidOnceThenReportedAsReused() {
		this.http.get("/protected/json/sms/" + this.id);
		String code = this.simulator.lastCode(this.id);
		assertThat(verify(code, "?force=true").status()).isEqualTo(200);
		Http.Response reused = verify(code, "?force=true");
		assertThat(reused.status()).isEqualTo(401);
		assertThat(reused.body()).isEqualTo(
				"{\"message\":\"Token is invalid. Token was used recently.\",\"token\":\"is invalid\",\"success\":false,\"errors\":{\"message\":\"Token is invalid. Token was used recently.\"},\"error_code\":\"60019\"}");
		// Using one SMS code completes registration: unforced checks are real from now
		// on.
		assertThat(verify("7654321", "").body()).isEqualTo(INVALID);
		assertThat(this.http.get("/protected/json/users/" + this.id + "/status").at("status", "registered"))
			.isEqualTo(true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "1234567890123", "12345a", "abcdef" })
	void rejectsTokensThatAreNotSixToTwelveDigits(String token) {
		Http.Response response = verify(token, "?force=true");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.at("error_code")).isEqualTo("60020");
	}

	@Test
	void smsCodeExpires() {
		this.http.get("/protected/json/sms/" + this.id);
		String code = this.simulator.lastCode(this.id);
		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(verify(code, "?force=true").body()).isEqualTo(INVALID);
	}

	@Test
	void codeSentWithActionNeedsTheSameAction() {
		this.http.get("/protected/json/sms/" + this.id + "?action=login&action_message=Log+in");
		String code = this.simulator.lastCode(this.id);
		assertThat(verify(code, "?force=true&action=transfer").status()).isEqualTo(401);
		assertThat(verify(code, "?force=true&action=login").status()).isEqualTo(200);
	}

	@Test
	void appUserSmsAndCallAreIgnoredUnlessForced() {
		this.simulator.installApp(this.id);
		Http.Response sms = this.http.get("/protected/json/sms/" + this.id);
		assertThat(sms.body()).isEqualTo(
				"{\"message\":\"Ignored: SMS is not needed for smartphones. Pass force=true if you want to actually send it anyway.\",\"cellphone\":\"+1-XXX-XXX-XX23\",\"device\":\"android\",\"ignored\":true,\"success\":true}");
		Http.Response call = this.http.get("/protected/json/call/" + this.id);
		assertThat(call.body()).isEqualTo(
				"{\"message\":\"Call ignored. User is using  App Tokens and this call is not necessary. Pass force=true if you still want to call users that are using the App.\",\"cellphone\":\"+1-XXX-XXX-XX23\",\"device\":\"android\",\"ignored\":true,\"success\":true}");
		assertThat(this.simulator.messages()).isEmpty();
		Http.Response forced = this.http.get("/protected/json/sms/" + this.id + "?force=true");
		assertThat(forced.at("message")).isEqualTo("SMS token was sent");
		assertThat(this.simulator.messages()).hasSize(1);
		assertThat(this.http.get("/protected/json/users/" + this.id + "/status").at("status", "devices"))
			.isEqualTo(List.of("android"));
	}

	@Test
	void acceptsCurrentAndPreviousTotpCodesOfAppUsers() {
		this.simulator.installApp(this.id);
		String current = this.simulator.totp(this.id);
		assertThat(current).matches("[0-9]{7}");
		assertThat(verify(current, "").status()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(30));
		String next = this.simulator.totp(this.id);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(verify(next, "").status()).isEqualTo(200);
		String stale = this.simulator.totp(this.id);
		this.clock.advance(Duration.ofSeconds(90));
		assertThat(verify(stale, "").status()).isEqualTo(401);
	}

	@Test
	void totpNeedsTheApp() {
		assertThatIllegalStateException().isThrownBy(() -> this.simulator.totp(this.id)).withMessageContaining("app");
	}

	@Test
	void approvalRequestExpires() {
		String uuid = (String) this.http
			.postJson("/onetouch/json/users/" + this.id + "/approval_requests",
					"{\"message\":\"Login\",\"seconds_to_expire\":60}")
			.at("approval_request", "uuid");
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(this.http.get("/onetouch/json/approval_requests/" + uuid).at("approval_request", "status"))
			.isEqualTo("expired");
		assertThat(this.simulator.pendingApprovals()).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> this.simulator.approve(uuid))
			.withMessageContaining("expired");
	}

	@Test
	void approvalRequestWithZeroSecondsNeverExpires() {
		String uuid = (String) this.http
			.postJson("/onetouch/json/users/" + this.id + "/approval_requests",
					"{\"message\":\"Login\",\"seconds_to_expire\":0}")
			.at("approval_request", "uuid");
		this.clock.advance(Duration.ofDays(30));
		assertThat(this.simulator.pendingApprovals()).extracting(Approval::uuid).containsExactly(uuid);
	}

	@Test
	void phoneVerificationExpiresAfterTenMinutes() {
		Http.Response started = this.http.postForm("/protected/json/phones/verification/start",
				"via=sms&country_code=1&phone_number=2015550123");
		String code = this.simulator.lastVerificationCode(1, "201-555-0123");
		this.clock.advance(Duration.ofMinutes(10));
		Http.Response check = this.http
			.get("/protected/json/phones/verification/check?country_code=1&phone_number=2015550123&verification_code="
					+ code);
		assertThat(check.status()).isEqualTo(404);
		assertThat(check.at("error_code")).isEqualTo("60023");
		assertThat(this.http.get("/protected/json/phones/verification/status?uuid=" + started.at("uuid")).at("status"))
			.isEqualTo("expired");
	}

	@Test
	void statisticsFollowTheClockAcrossMonths() {
		this.http.get("/protected/json/sms/" + this.id);
		this.clock.advance(Duration.ofDays(31));
		this.http.get("/protected/json/sms/" + this.id);
		this.http.get("/protected/json/sms/" + this.id);
		Http.Response stats = this.http.get("/protected/json/app/stats");
		assertThat(stats.at("count")).isEqualTo(2);
		List<?> months = (List<?>) stats.at("stats");
		assertThat(((Map<?, ?>) months.get(0)).get("month")).isEqualTo("March");
		assertThat(((Map<?, ?>) months.get(0)).get("sms_count")).isEqualTo(1);
		assertThat(((Map<?, ?>) months.get(1)).get("month")).isEqualTo("April");
		assertThat(((Map<?, ?>) months.get(1)).get("sms_count")).isEqualTo(2);
	}

}
