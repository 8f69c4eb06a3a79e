package dev.authyspring.sample;

import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.Message;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login with a code: by SMS, by voice call, or from the authenticator app; wrong codes,
 * their limit, and a remembered device.
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
		MvcResult sent = this.visitor.post("/login/authy/sms");
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/login/authy?sent=sms");
		assertThat(Visitor.text(this.visitor.follow(sent))).contains("We sent a code by SMS.");
		Message sms = this.simulator.lastMessage(this.user.authyId()).orElseThrow();
		assertThat(sms.via()).isEqualTo("sms");
		assertLoggedInWith(sms.code());
	}

	@Test
	void aCodeByVoiceCallCompletesTheLogin() {
		assertThat(this.visitor.post("/login/authy/call").getResponse().getRedirectedUrl())
			.isEqualTo("/login/authy?sent=call");
		Message call = this.simulator.lastMessage(this.user.authyId()).orElseThrow();
		assertThat(call.via()).isEqualTo("call");
		assertLoggedInWith(call.code());
	}

	@Test
	void aCodeFromTheAuthenticatorAppCompletesTheLogin() {
		this.simulator.installApp(this.user.authyId());
		assertLoggedInWith(this.simulator.totp(this.user.authyId()));
	}

	@Test
	void aWrongCodeShowsAClearMessageAndAllowsARetry() {
		this.visitor.post("/login/authy/sms");
		String code = this.simulator.lastCode(this.user.authyId());
		MvcResult refused = this.visitor.post("/login/authy/code", "code", wrongCode(code));
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login/authy?error=invalid_code");
		assertThat(Visitor.text(this.visitor.follow(refused)))
			.contains("That code is wrong or has expired. 4 attempts left.");
		assertThat(this.visitor.get("/account").getResponse().getRedirectedUrl()).isEqualTo(Visitor.SECOND_STEP);
		assertLoggedInWith(code);
	}

	@Test
	void aCodeThatIsNotDigitsIsRefusedWithoutAskingAuthy() {
		MvcResult refused = this.visitor.post("/login/authy/code", "code", "12ab567");
		assertThat(Visitor.text(this.visitor.follow(refused))).contains("Enter the code as digits only.");
		assertThat(this.visitor.get("/account").getResponse().getRedirectedUrl()).isEqualTo(Visitor.SECOND_STEP);
	}

	@Test
	void tooManyWrongCodesEndTheLogin() {
		this.visitor.post("/login/authy/sms");
		String code = this.simulator.lastCode(this.user.authyId());
		for (int i = 0; i < 4; i++) {
			this.visitor.post("/login/authy/code", "code", wrongCode(code));
		}
		MvcResult ended = this.visitor.post("/login/authy/code", "code", wrongCode(code));
		assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
		assertThat(Visitor.text(this.visitor.get("/login?ended"))).contains("Too many wrong codes. Log in again.");
		assertThat(this.visitor.post("/login/authy/code", "code", code).getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void aRememberedDeviceSkipsTheSecondStepNextTime() {
		this.visitor.post("/login/authy/sms");
		this.visitor.post("/login/authy/code", "code", this.simulator.lastCode(this.user.authyId()), "remember-device",
				"true");
		Cookie remembered = this.visitor.cookies().get("AUTHY_REMEMBERED_DEVICE");
		assertThat(remembered).isNotNull();
		assertThat(remembered.isHttpOnly()).isTrue();
		assertThat(remembered.getSecure()).isTrue();
		this.visitor.post("/logout");
		this.visitor.logIn(this.user.email(), "correct horse");
		assertThat(this.visitor.get("/login/authy").getResponse().getRedirectedUrl())
			.isEqualTo("http://localhost/account?continue");
		assertThat(Visitor.text(this.visitor.get("/account"))).contains("Logged in as", this.user.email());
		assertThat(this.simulator.messages()
			.stream()
			.filter((m) -> m.authyId() != null && m.authyId() == this.user.authyId())).hasSize(1);
	}

	private void assertLoggedInWith(String code) {
		MvcResult verified = this.visitor.post("/login/authy/code", "code", code);
		assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("http://localhost/account?continue");
		assertThat(Visitor.text(this.visitor.get("/account"))).contains("Logged in as", this.user.email());
	}

	static String wrongCode(String code) {
		char last = code.charAt(code.length() - 1);
		return code.substring(0, code.length() - 1) + ((last == '9') ? '0' : (char) (last + 1));
	}

}
