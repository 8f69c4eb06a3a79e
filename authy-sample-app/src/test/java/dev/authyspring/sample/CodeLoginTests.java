package dev.authyspring.sample;

import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login with a code: by SMS, by voice call, or from the authenticator app.
 */
@SampleAppTest
class CodeLoginTests {

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
	void aCodeBySmsCompletesTheLogin() {
		MvcResult sent = this.visitor.post("/2fa/sms");
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/2fa/code?via=sms");
		assertThat(Visitor.text(this.visitor.follow(sent))).contains("We sent a code by SMS.",
				"Enter the code from <span>the SMS</span>");
		Message sms = this.simulator.lastMessage(this.user.authyId()).orElseThrow();
		assertThat(sms.via()).isEqualTo("sms");
		assertLoggedInWith("sms", sms.code());
	}

	@Test
	void aCodeByVoiceCallCompletesTheLogin() {
		MvcResult sent = this.visitor.post("/2fa/call");
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/2fa/code?via=call");
		Message call = this.simulator.lastMessage(this.user.authyId()).orElseThrow();
		assertThat(call.via()).isEqualTo("call");
		assertLoggedInWith("call", call.code());
	}

	@Test
	void aCodeFromTheAuthenticatorAppCompletesTheLogin() {
		String page = Visitor.text(this.visitor.get("/2fa/code?via=app"));
		assertThat(page).contains("your authenticator app",
				this.simulator.baseUrl() + "/simulator/users/" + this.user.authyId() + "/totp");
		MvcResult installed = this.visitor.post("/2fa/app/install");
		assertThat(Visitor.text(this.visitor.follow(installed))).contains("The simulated phone now has the Authy app.");
		assertLoggedInWith("app", this.simulator.totp(this.user.authyId()));
	}

	@Test
	void aWrongCodeShowsAClearMessageAndAllowsARetry() {
		this.visitor.post("/2fa/sms");
		String code = this.simulator.lastCode(this.user.authyId());
		String wrong = wrongCode(code);
		MvcResult refused = this.visitor.post("/2fa/code", "via", "sms", "code", wrong);
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(Visitor.text(refused)).contains("That code is wrong or has expired.");
		assertThat(this.visitor.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/2fa");
		assertLoggedInWith("sms", code);
	}

	@Test
	void aCodeThatIsNotDigitsIsRefusedWithoutAskingAuthy() {
		MvcResult refused = this.visitor.post("/2fa/code", "via", "sms", "code", "12ab567");
		assertThat(Visitor.text(refused)).contains("Enter the code as digits only.");
		assertThat(this.visitor.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/2fa");
	}

	@Test
	void anUnknownChannelIsABadRequest() {
		assertThat(this.visitor.get("/2fa/code?via=fax").getResponse().getStatus()).isEqualTo(400);
	}

	private void assertLoggedInWith(String via, String code) {
		MvcResult verified = this.visitor.post("/2fa/code", "via", via, "code", code);
		assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(Visitor.text(this.visitor.get("/account"))).contains("Logged in as", this.user.email());
	}

	static String wrongCode(String code) {
		char last = code.charAt(code.length() - 1);
		return code.substring(0, code.length() - 1) + ((last == '9') ? '0' : (char) (last + 1));
	}

}
