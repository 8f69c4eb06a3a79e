package dev.authyspring.sample;

import java.util.concurrent.TimeUnit;

import dev.authyspring.sample.twofactor.PushApproval;
import dev.authyspring.sample.twofactor.PushApprovalRepository;
import dev.authyspring.sample.twofactor.PushStatus;
import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.CallbackMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushes and codes that expire, and pushes whose callback never arrives, so that the
 * answer comes from asking Authy.
 */
@SampleAppTest
@TestPropertySource(properties = { "app.push.expiry=1s", "app.push.fallback-after=0s",
		"app.simulator.token-validity=2s" })
class ExpiryAndFallbackTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AuthySimulator simulator;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private PushApprovalRepository approvals;

	@LocalServerPort
	private int port;

	private Visitor visitor;

	private AppUser user;

	@BeforeEach
	void signUpAndEnterThePassword() {
		this.visitor = new Visitor(this.mvc);
		this.user = this.visitor.signUpAndEnterPassword(Visitor.newEmail(), this.users);
	}

	@AfterEach
	void restoreCallbacks() {
		this.simulator.callbackUrl("http://localhost:" + this.port + "/authy/onetouch/callback", CallbackMethod.POST);
	}

	@Test
	void anExpiredPushTellsTheUserAndDoesNotLogIn() throws InterruptedException {
		String uuid = sendPush();
		Thread.sleep(1500);
		assertThat(Visitor.text(this.visitor.get("/2fa/push/" + uuid + "/status"))).isEqualTo("{\"status\":\"EXPIRED\"}");
		assertThat(this.approvals.findById(uuid)).map(PushApproval::status).hasValue(PushStatus.EXPIRED);
		assertThat(Visitor.text(this.visitor.get("/2fa/push/" + uuid))).contains("The push expired before it was answered.");
		assertThat(this.visitor.post("/2fa/push/" + uuid + "/complete").getResponse().getRedirectedUrl())
			.isEqualTo("/2fa");
		assertThat(this.visitor.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/2fa");
	}

	@Test
	void withoutACallbackTheAnswerComesFromAskingAuthy() throws Exception {
		this.simulator.clearCallbackUrl();
		String uuid = sendPush();
		assertThat(this.simulator.approve(uuid).get(10, TimeUnit.SECONDS).attempted()).isFalse();
		assertThat(this.approvals.findById(uuid)).map(PushApproval::status).hasValue(PushStatus.PENDING);
		assertThat(Visitor.text(this.visitor.get("/2fa/push/" + uuid + "/status")))
			.isEqualTo("{\"status\":\"APPROVED\"}");
		assertThat(this.approvals.findById(uuid)).map(PushApproval::status).hasValue(PushStatus.APPROVED);
		assertThat(this.visitor.post("/2fa/push/" + uuid + "/complete").getResponse().getRedirectedUrl())
			.isEqualTo("/account");
	}

	@Test
	void anExpiredCodeShowsAClearMessageAndANewCodeWorks() throws InterruptedException {
		this.visitor.post("/2fa/sms");
		String expired = this.simulator.lastCode(this.user.authyId());
		Thread.sleep(2500);
		MvcResult refused = this.visitor.post("/2fa/code", "via", "sms", "code", expired);
		assertThat(Visitor.text(refused)).contains("That code is wrong or has expired.");
		assertThat(this.visitor.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/2fa");
		this.visitor.post("/2fa/sms");
		String fresh = this.simulator.lastCode(this.user.authyId());
		assertThat(this.visitor.post("/2fa/code", "via", "sms", "code", fresh).getResponse().getRedirectedUrl())
			.isEqualTo("/account");
	}

	private String sendPush() {
		String location = this.visitor.post("/2fa/push").getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/2fa/push/");
		return location.substring("/2fa/push/".length());
	}

}
