package dev.authyspring.simulator;

import java.time.Duration;
import java.util.Map;

import dev.authyspring.client.AuthyApiException;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.client.AuthyTransportException;
import dev.authyspring.client.RetrySettings;
import dev.authyspring.client.model.ActivityType;
import dev.authyspring.client.model.AppDetails;
import dev.authyspring.client.model.AppStats;
import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.ApprovalRequestStatus;
import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.client.model.AuthyUser;
import dev.authyspring.client.model.LogoResolution;
import dev.authyspring.client.model.PhoneInfo;
import dev.authyspring.client.model.PhoneVerification;
import dev.authyspring.client.model.PhoneVerificationCheck;
import dev.authyspring.client.model.TokenRequest;
import dev.authyspring.client.model.TokenRequestOptions;
import dev.authyspring.client.model.TokenVerification;
import dev.authyspring.client.model.UserStatus;
import dev.authyspring.client.model.VerificationOptions;
import dev.authyspring.client.model.VerificationState;
import dev.authyspring.client.model.Via;
import dev.authyspring.simulator.junit.AuthySimulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The starter's {@link AuthyClient} against the simulator: the behaviour that the
 * client's WireMock tests check one answer at a time, here over a stateful API.
 */
@ExtendWith(AuthySimulatorExtension.class)
class StarterClientAgainstSimulatorTests {

	private static AuthySimulator simulator;

	private AuthyClient client;

	@BeforeAll
	static void connect(AuthySimulator started) {
		simulator = started;
	}

	@BeforeEach
	void buildClient() {
		this.client = AuthyClient.builder()
			.apiKey(simulator.apiKey())
			.baseUrl(simulator.baseUrl())
			.retry(new RetrySettings(3, Duration.ofMillis(10), Duration.ofSeconds(1)))
			.build();
	}

	@Test
	void registersUsersWithStableIdsPerPhoneNumber() {
		AuthyUser first = this.client.users().create("ana@example.com", "917-555-0123", 1);
		AuthyUser again = this.client.users().create("ana.other@example.com", "9175550123", 1);
		AuthyUser other = this.client.users().create("bo@example.com", "917-555-0124", 1);
		assertThat(first.id()).isPositive().isEqualTo(again.id()).isNotEqualTo(other.id());
		assertThat(first.message()).isEqualTo("User created successfully.");
		UserStatus status = this.client.users().status(first.id());
		assertThat(status.authyId()).isEqualTo(first.id());
		assertThat(status.countryCode()).isEqualTo(1);
		assertThat(status.registered()).isFalse();
		assertThat(status.phoneNumber()).endsWith("23").doesNotContain("555");
		assertThat(status.message()).isEqualTo("User status.");
	}

	@Test
	void smsCodeFromTheOutboxVerifiesOnceThenCountsAsReused() {
		long id = this.client.users().create("ana@example.com", "917-555-0123", 1).id();
		TokenRequest sms = this.client.users().requestSms(id);
		assertThat(sms.ignored()).isFalse();
		String code = simulator.lastCode(id);
		TokenVerification wrong = this.client.tokens().verify(id, wrongCode(code));
		assertThat(wrong.valid()).isFalse();
		assertThat(wrong.errorCode()).isEqualTo("60020");
		TokenVerification valid = this.client.tokens().verify(id, code);
		assertThat(valid.valid()).isTrue();
		assertThat(valid.message()).isEqualTo("Token is valid.");
		TokenVerification reused = this.client.tokens().verify(id, code);
		assertThat(reused.valid()).isFalse();
		assertThat(reused.errorCode()).isEqualTo("60019");
		assertThat(this.client.users().status(id).registered()).isTrue();
	}

	@Test
	void smsForAnAppUserIsIgnoredUnlessForcedAndTheAppCodeVerifies() {
		long id = this.client.users().create("ana@example.com", "917-555-0123", 1).id();
		simulator.installApp(id);
		int before = simulator.messages().size();
		TokenRequest ignored = this.client.users().requestSms(id);
		assertThat(ignored.ignored()).isTrue();
		assertThat(ignored.message()).startsWith("Ignored: SMS is not needed for smartphones.");
		assertThat(simulator.messages()).hasSize(before);
		TokenRequest forced = this.client.users().requestCall(id, TokenRequestOptions.FORCED);
		assertThat(forced.ignored()).isFalse();
		assertThat(simulator.messages()).hasSize(before + 1);
		assertThat(this.client.tokens().verify(id, simulator.totp(id)).valid()).isTrue();
		assertThat(this.client.users().status(id).devices()).isNotEmpty();
	}

	@Test
	void oneTouchRequestTurnsApprovedWhenThePhoneApproves() throws Exception {
		long id = this.client.users().create("ana@example.com", "917-555-0123", 1).id();
		simulator.installApp(id);
		String uuid = this.client.oneTouch()
			.sendRequest(ApprovalRequest.builder(id, "Log in to the sample?")
				.detail("Location", "Lisbon")
				.logo(LogoResolution.DEFAULT, "https://example.com/logo.png")
				.secondsToExpire(120)
				.build())
			.uuid();
		assertThat(this.client.oneTouch().approvalStatus(uuid).status()).isEqualTo(ApprovalStatus.PENDING);
		simulator.approve(uuid).get();
		ApprovalRequestStatus status = this.client.oneTouch().approvalStatus(uuid);
		assertThat(status.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(status.uuid()).isEqualTo(uuid);
	}

	@Test
	void unknownApprovalRequestIs60049() {
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.client.oneTouch().approvalStatus("00000000-0000-0000-0000-000000000000"));
		assertThat(ex.getHttpStatus()).isEqualTo(404);
		assertThat(ex.getErrorCode()).isEqualTo("60049");
	}

	@Test
	void deletedUserIsNotFound() {
		long id = this.client.users().create("ana@example.com", "917-555-0123", 1).id();
		this.client.users()
			.registerActivity(id, ActivityType.PASSWORD_RESET, Map.of("reason", "forgot"), "203.0.113.7");
		this.client.users().delete(id, "203.0.113.7");
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class, () -> this.client.users().status(id));
		assertThat(ex.getHttpStatus()).isEqualTo(404);
		assertThat(ex.getErrorCode()).isEqualTo("60026");
		assertThat(ex.getAuthyMessage()).isEqualTo("User not found.");
	}

	@Test
	void phoneVerificationStartsChecksAndReportsItsStatus() {
		PhoneVerification start = this.client.phones()
			.verificationStart("201-555-0123", 1, Via.SMS, new VerificationOptions("en", 6, null, null));
		assertThat(start.message()).startsWith("Text message sent to");
		String code = simulator.lastVerificationCode(1, "2015550123");
		assertThat(code).hasSize(6);
		assertThat(this.client.phones().verificationStatus("201-555-0123", 1).status())
			.isEqualTo(VerificationState.PENDING);
		PhoneVerificationCheck wrong = this.client.phones().verificationCheck("201-555-0123", 1, wrongCode(code));
		assertThat(wrong.valid()).isFalse();
		assertThat(wrong.errorCode()).isEqualTo("60022");
		PhoneVerificationCheck right = this.client.phones().verificationCheck("201-555-0123", 1, code);
		assertThat(right.valid()).isTrue();
		assertThat(right.message()).isEqualTo("Verification code is correct.");
		assertThat(this.client.phones().verificationStatus("201-555-0123", 1).status())
			.isEqualTo(VerificationState.VERIFIED);
	}

	@Test
	void checkWithoutPendingVerificationIsANormalInvalidResult() {
		PhoneVerificationCheck check = this.client.phones().verificationCheck("201-555-0199", 1, "1234");
		assertThat(check.valid()).isFalse();
		assertThat(check.errorCode()).isEqualTo("60023");
		// The record holds Authy's message as sent; only its toString() masks the number.
		assertThat(check.message()).isEqualTo("No pending verifications for +1 201-555-0199 found.");
		assertThat(check.toString()).doesNotContain("555-0199");
	}

	@Test
	void phoneInfoAndAppDetailsAndStatsCountWhatHappened() {
		PhoneInfo info = this.client.phones().info("201-555-0123", 1);
		assertThat(info.message()).startsWith("Phone number information as of");
		AppDetails details = this.client.apps().details();
		assertThat(details.message()).isEqualTo("Application information.");
		long id = this.client.users().create("ana@example.com", "917-555-0123", 1).id();
		this.client.users().requestSms(id);
		AppStats stats = this.client.apps().stats();
		assertThat(stats.message()).isEqualTo("Monthly statistics.");
		assertThat(stats.months()).isNotEmpty();
		assertThat(stats.months().get(stats.months().size() - 1).smsCount()).isGreaterThanOrEqualTo(1);
		assertThat(stats.months().get(stats.months().size() - 1).usersCount()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void wrongApiKeyIs60001() {
		AuthyClient wrongKey = AuthyClient.builder().apiKey("not-the-key").baseUrl(simulator.baseUrl()).build();
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class, () -> wrongKey.apps().details());
		assertThat(ex.getHttpStatus()).isEqualTo(401);
		assertThat(ex.getErrorCode()).isEqualTo("60001");
		assertThat(ex.getMessage()).doesNotContain("not-the-key");
	}

	@Test
	void readsAreRetriedThroughAServiceUnavailableFault() {
		long id = this.client.users().create("ana@example.com", "917-555-0123", 1).id();
		simulator.injectFault(Endpoint.USER_STATUS, Fault.status(503, Duration.ZERO), 2);
		assertThat(this.client.users().status(id).authyId()).isEqualTo(id);
	}

	@Test
	void smsIsNotRetriedAfterAServiceUnavailableFault() {
		long id = this.client.users().create("ana@example.com", "917-555-0123", 1).id();
		int before = simulator.messages().size();
		simulator.injectFault(Endpoint.SMS, Fault.status(503, Duration.ZERO), 1);
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> this.client.users().requestSms(id))
			.satisfies((ex) -> assertThat(ex.getHttpStatus()).isEqualTo(503));
		assertThat(simulator.messages()).hasSize(before);
		assertThat(this.client.users().requestSms(id).ignored()).isFalse();
		assertThat(simulator.messages()).hasSize(before + 1);
	}

	@Test
	void malformedBodyIsATransportError() {
		simulator.injectFault(Endpoint.APP_DETAILS, Fault.malformedBody(), 1);
		assertThatExceptionOfType(AuthyTransportException.class).isThrownBy(() -> this.client.apps().details())
			.withMessageContaining("apps.details");
	}

	private static String wrongCode(String code) {
		char last = code.charAt(code.length() - 1);
		return code.substring(0, code.length() - 1) + ((last == '9') ? '0' : (char) (last + 1));
	}

}
