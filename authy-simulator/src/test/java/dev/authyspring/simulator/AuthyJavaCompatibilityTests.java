package dev.authyspring.simulator;

import java.util.Map;

import com.authy.AuthyApiClient;
import com.authy.AuthyException;
import com.authy.api.ApprovalRequestParams;
import com.authy.api.Error;
import com.authy.api.Hash;
import com.authy.api.OneTouchResponse;
import com.authy.api.Params;
import com.authy.api.PhoneInfoResponse;
import com.authy.api.Token;
import com.authy.api.User;
import com.authy.api.UserStatus;
import com.authy.api.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Proof of fidelity: the official {@code com.authy:authy-java:1.5.1} client, unchanged,
 * works against the simulator.
 */
class AuthyJavaCompatibilityTests {

	AuthySimulator simulator;

	AuthyApiClient client;

	@BeforeEach
	void start() {
		this.simulator = AuthySimulator.start();
		// The third argument lets authy-java use plain HTTP.
		this.client = new AuthyApiClient(this.simulator.apiKey(), this.simulator.baseUrl(), true);
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void userLifecycleWithSmsToken() throws Exception {
		User user = this.client.getUsers().createUser("test@example.com", "300-300-3333", "57");
		assertThat(user.isOk()).isTrue();
		int id = user.getId();
		assertThat(id).isPositive();

		Hash sms = this.client.getUsers().requestSms(id, Map.of("force", "true"));
		assertThat(sms.isOk()).isTrue();
		assertThat(sms.getMessage()).isEqualTo("SMS token was sent");

		Token token = this.client.getTokens().verify(id, this.simulator.lastCode(id));
		assertThat(token.isOk()).isTrue();
		assertThatExceptionOfType(AuthyException.class)
			.isThrownBy(() -> this.client.getTokens().verify(id, this.simulator.lastCode(id)))
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(401))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(Error.Code.REUSED_TOKEN));
		assertThatExceptionOfType(AuthyException.class).isThrownBy(() -> this.client.getTokens().verify(id, "0000000"))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(Error.Code.TOKEN_INVALID));

		UserStatus status = this.client.getUsers().requestStatus(id);
		assertThat(status.isOk()).isTrue();
		assertThat(status.getUserId()).isEqualTo(id);
		assertThat(status.isRegistered()).isTrue();
		assertThat(status.getCountryCode()).isEqualTo(57);
		assertThat(status.getPhoneNumber()).isEqualTo("XXX-XXX-3333");
		assertThat(status.getMessage()).isEqualTo("User status.");

		Hash deleted = this.client.getUsers().deleteUser(id);
		assertThat(deleted.isOk()).isTrue();
		assertThat(deleted.getMessage()).isEqualTo("User removed from application");
		UserStatus gone = this.client.getUsers().requestStatus(id);
		assertThat(gone.isOk()).isFalse();
		assertThat(gone.getError().getCode()).isEqualTo(Error.Code.USER_NOT_FOUND);
	}

	@Test
	void invalidApiKeyIsReportedWithItsCode() throws Exception {
		AuthyApiClient wrongKey = new AuthyApiClient("wrong", this.simulator.baseUrl(), true);
		User user = wrongKey.getUsers().createUser("test@example.com", "300-300-3333", "57");
		assertThat(user.isOk()).isFalse();
		assertThat(user.getError().getCode()).isEqualTo(Error.Code.API_KEY_INVALID);
	}

	@Test
	void oneTouchRequestAndStatus() throws Exception {
		int id = this.client.getUsers().createUser("test@example.com", "300-300-3333", "57").getId();
		ApprovalRequestParams params = new ApprovalRequestParams.Builder(id, "Authorize OneTouch Unit Test")
			.addDetail("username", "User")
			.addHiddenDetail("ip_address", "10.10.3.203")
			.addLogo(ApprovalRequestParams.Resolution.Default, "http://image.co")
			.addLogo(ApprovalRequestParams.Resolution.Low, "http://image.low")
			.setSecondsToExpire(120L)
			.build();
		OneTouchResponse created = this.client.getOneTouch().sendApprovalRequest(params);
		assertThat(created.isSuccess()).isTrue();
		String uuid = created.getApprovalRequest().getUUID();
		assertThat(this.simulator.pendingApprovals()).extracting(Approval::uuid).containsExactly(uuid);

		OneTouchResponse pending = this.client.getOneTouch().getApprovalRequestStatus(uuid);
		assertThat(pending.isSuccess()).isTrue();
		assertThat(pending.getApprovalRequest().getStatus()).isEqualTo("pending");
		this.simulator.approve(uuid).join();
		assertThat(this.client.getOneTouch().getApprovalRequestStatus(uuid).getApprovalRequest().getStatus())
			.isEqualTo("approved");
	}

	@Test
	void phoneVerificationAndInformation() throws Exception {
		Params locale = new Params();
		locale.setAttribute("locale", "en");
		Verification started = this.client.getPhoneVerification().start("775-461-5609", "1", "sms", locale);
		assertThat(started.isOk()).isTrue();
		assertThat(started.getMessage()).isEqualTo("Text message sent to +1 775-461-5609.");

		String code = this.simulator.lastVerificationCode(1, "775-461-5609");
		Verification wrong = this.client.getPhoneVerification()
			.check("775-461-5609", "1", code.equals("0000") ? "1111" : "0000");
		assertThat(wrong.isOk()).isFalse();
		Verification checked = this.client.getPhoneVerification().check("775-461-5609", "1", code);
		assertThat(checked.isOk()).isTrue();
		assertThat(checked.getMessage()).isEqualTo("Verification code is correct.");

		PhoneInfoResponse info = this.client.getPhoneInfo().info("7754615608", "1");
		assertThat(info.isOk()).isTrue();
		assertThat(info.getType()).isEqualTo("voip");
		assertThat(info.getMessage()).startsWith("Phone number information as of ");
	}

}
