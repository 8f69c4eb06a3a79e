package dev.authyspring.sample;

import java.util.concurrent.TimeUnit;

import dev.authyspring.sample.user.AppUser;
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
 * Login with a OneTouch push whose answer arrives as a signed callback over HTTP from the
 * embedded simulator.
 */
@SampleAppTest
class PushLoginTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AuthySimulator simulator;

	@Autowired
	private AppUserRepository users;

	private Visitor visitor;

	private AppUser user;

	@BeforeEach
	void signUpAndEnterThePassword() {
		this.visitor = new Visitor(this.mvc);
		this.user = this.visitor.signUpAndEnterPassword(Visitor.newEmail(), this.users);
	}

	@Test
	void anApprovedPushCompletesTheLoginOnce() throws Exception {
		String uuid = sendPush(this.visitor, this.user);
		assertThat(Visitor.text(this.visitor.get("/login/authy?push"))).contains("Approve it there");
		assertThat(Visitor.text(this.visitor.getJson("/login/authy/push"))).isEqualTo("{\"push\":\"pending\"}");

		CallbackResult callback = this.simulator.approve(uuid).get(10, TimeUnit.SECONDS);
		assertThat(callback.successful()).as("callback delivered: %s", callback).isTrue();
		assertThat(Visitor.text(this.visitor.getJson("/login/authy/push"))).isEqualTo("{\"push\":\"approved\"}");

		MvcResult completed = this.visitor.post("/login/authy/push/complete");
		assertThat(completed.getResponse().getRedirectedUrl()).isEqualTo("http://localhost/account?continue");
		assertThat(Visitor.text(this.visitor.get("/account"))).contains("Logged in as", this.user.email());

		Visitor intruder = new Visitor(this.mvc);
		intruder.logIn(this.user.email(), "correct horse");
		assertThat(intruder.post("/login/authy/push/complete").getResponse().getRedirectedUrl())
			.isEqualTo("/login/authy?error=no_push");
		assertThat(intruder.get("/account").getResponse().getRedirectedUrl()).isEqualTo(Visitor.SECOND_STEP);
	}

	@Test
	void aDeniedPushEndsTheLoginWithAClearMessage() throws Exception {
		String uuid = sendPush(this.visitor, this.user);
		assertThat(this.simulator.deny(uuid).get(10, TimeUnit.SECONDS).successful()).isTrue();
		MvcResult ended = this.visitor.post("/login/authy/push/complete");
		assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
		assertThat(Visitor.text(this.visitor.get("/login?ended")))
			.contains("The login was denied on your phone. Log in again.");
		assertThat(this.visitor.get("/account").getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aPushApprovedForOneLoginDoesNotCompleteAnother() throws Exception {
		Visitor other = new Visitor(this.mvc);
		AppUser otherUser = other.signUpAndEnterPassword(Visitor.newEmail(), this.users);
		String mine = sendPush(this.visitor, this.user);
		sendPush(other, otherUser);
		assertThat(this.simulator.approve(mine).get(10, TimeUnit.SECONDS).successful()).isTrue();
		assertThat(other.post("/login/authy/push/complete").getResponse().getRedirectedUrl())
			.isEqualTo("/login/authy?push");
		assertThat(other.get("/account").getResponse().getRedirectedUrl()).isEqualTo(Visitor.SECOND_STEP);
		assertThat(this.visitor.post("/login/authy/push/complete").getResponse().getRedirectedUrl())
			.isEqualTo("http://localhost/account?continue");
	}

	@Test
	void thePushShowsTheAppAndTheUserOnThePhone() {
		Approval approval = approval(sendPush(this.visitor, this.user));
		assertThat(approval.authyId()).isEqualTo(this.user.authyId());
		assertThat(approval.message()).isEqualTo("Log in to the Authy sample app");
		assertThat(approval.details()).containsEntry("Email", this.user.email());
	}

	private String sendPush(Visitor visitor, AppUser user) {
		MvcResult sent = visitor.post("/login/authy/push");
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/login/authy?push");
		return this.simulator.pendingApprovals()
			.stream()
			.filter((approval) -> approval.authyId() == user.authyId())
			.reduce((first, second) -> second)
			.orElseThrow()
			.uuid();
	}

	private Approval approval(String uuid) {
		return this.simulator.approvals()
			.stream()
			.filter((candidate) -> candidate.uuid().equals(uuid))
			.findFirst()
			.orElseThrow();
	}

}
