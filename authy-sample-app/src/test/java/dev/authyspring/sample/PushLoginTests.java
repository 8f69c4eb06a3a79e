package dev.authyspring.sample;

import java.util.concurrent.TimeUnit;

import dev.authyspring.sample.twofactor.PushApproval;
import dev.authyspring.sample.twofactor.PushApprovalRepository;
import dev.authyspring.sample.twofactor.PushStatus;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.simulator.Approval;
import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.CallbackResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login with a OneTouch push whose answer arrives as a signed callback over HTTP.
 */
@SampleAppTest
class PushLoginTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AuthySimulator simulator;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private PushApprovalRepository approvals;

	private Visitor visitor;

	private String email;

	@BeforeEach
	void signUpAndEnterThePassword() {
		this.visitor = new Visitor(this.mvc);
		this.email = Visitor.newEmail();
		this.visitor.signUp(this.email, "correct horse", Visitor.newPhoneNumber());
		this.visitor.logIn(this.email, "correct horse");
	}

	@Test
	void anApprovedPushCompletesTheLoginOnce() throws Exception {
		String uuid = sendPush();
		assertThat(this.approvals.findById(uuid)).map(PushApproval::status).hasValue(PushStatus.PENDING);
		assertThat(Visitor.text(this.visitor.get("/2fa/push/" + uuid))).contains("Approve it there");
		assertThat(Visitor.text(this.visitor.get("/2fa/push/" + uuid + "/status"))).isEqualTo("{\"status\":\"PENDING\"}");

		CallbackResult callback = this.simulator.approve(uuid).get(10, TimeUnit.SECONDS);
		assertThat(callback.successful()).as("callback delivered: %s", callback).isTrue();
		// Written by the callback listener, long before the status poll would ask Authy.
		assertThat(this.approvals.findById(uuid)).map(PushApproval::status).hasValue(PushStatus.APPROVED);
		assertThat(Visitor.text(this.visitor.get("/2fa/push/" + uuid + "/status")))
			.isEqualTo("{\"status\":\"APPROVED\"}");

		MvcResult completed = this.visitor.post("/2fa/push/" + uuid + "/complete");
		assertThat(completed.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(Visitor.text(this.visitor.get("/account"))).contains("Logged in as", this.email);
		assertThat(this.approvals.findById(uuid)).map(PushApproval::status).hasValue(PushStatus.USED);

		Visitor intruder = new Visitor(this.mvc);
		intruder.logIn(this.email, "correct horse");
		assertThat(intruder.post("/2fa/push/" + uuid + "/complete").getResponse().getRedirectedUrl())
			.isEqualTo("/2fa");
		assertThat(intruder.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/2fa");
	}

	@Test
	void aDeniedPushDoesNotLogIn() throws Exception {
		String uuid = sendPush();
		assertThat(this.simulator.deny(uuid).get(10, TimeUnit.SECONDS).successful()).isTrue();
		assertThat(this.approvals.findById(uuid)).map(PushApproval::status).hasValue(PushStatus.DENIED);
		assertThat(Visitor.text(this.visitor.get("/2fa/push/" + uuid + "/status"))).isEqualTo("{\"status\":\"DENIED\"}");
		assertThat(Visitor.text(this.visitor.get("/2fa/push/" + uuid))).contains("You denied the push");
		MvcResult completed = this.visitor.post("/2fa/push/" + uuid + "/complete");
		assertThat(completed.getResponse().getRedirectedUrl()).isEqualTo("/2fa");
		assertThat(Visitor.text(this.visitor.follow(completed))).contains("That push was not approved");
		assertThat(this.visitor.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/2fa");
	}

	@Test
	void anotherUserCannotSeeOrUseSomeoneElsesPush() throws Exception {
		String uuid = sendPush();
		Visitor other = new Visitor(this.mvc);
		String otherEmail = Visitor.newEmail();
		other.signUp(otherEmail, "correct horse", Visitor.newPhoneNumber());
		other.logIn(otherEmail, "correct horse");
		assertThat(other.get("/2fa/push/" + uuid + "/status").getResponse().getStatus()).isEqualTo(404);
		assertThat(other.get("/2fa/push/" + uuid).getResponse().getStatus()).isEqualTo(404);
		this.simulator.approve(uuid).get(10, TimeUnit.SECONDS);
		assertThat(other.post("/2fa/push/" + uuid + "/complete").getResponse().getRedirectedUrl()).isEqualTo("/2fa");
		assertThat(other.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/2fa");
		// Still usable by its owner.
		assertThat(this.approvals.findById(uuid)).map(PushApproval::status).hasValue(PushStatus.APPROVED);
	}

	@Test
	void thePushShowsTheAppAndTheUserOnThePhone() {
		String uuid = sendPush();
		long authyId = this.users.findByEmail(this.email).orElseThrow().authyId();
		Approval approval = this.simulator.pendingApprovals()
			.stream()
			.filter((candidate) -> candidate.uuid().equals(uuid))
			.findFirst()
			.orElseThrow();
		assertThat(approval.authyId()).isEqualTo(authyId);
		assertThat(approval.message()).isEqualTo("Log in to the Authy sample app");
		assertThat(approval.details()).containsEntry("Email", this.email);
	}

	private String sendPush() {
		MvcResult sent = this.visitor.post("/2fa/push");
		String location = sent.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/2fa/push/");
		return location.substring("/2fa/push/".length());
	}

}
