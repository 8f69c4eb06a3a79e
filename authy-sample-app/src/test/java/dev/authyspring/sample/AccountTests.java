package dev.authyspring.sample;

import dev.authyspring.client.AuthyApiException;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.simulator.AuthySimulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The pages behind the login: account, account deletion, phone verification, admin, and
 * the open endpoints.
 */
@SampleAppTest
class AccountTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AuthySimulator simulator;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private AuthyUsers authyUsers;

	@Test
	void theAccountPageShowsTheAuthyStatus() {
		Visitor visitor = new Visitor(this.mvc);
		AppUser user = logInWithSms(visitor, Visitor.newEmail());
		String page = Visitor.text(visitor.get("/account"));
		assertThat(page).contains("Authy id", String.valueOf(user.authyId()), "Registered", "Devices");
		assertThat(page).contains("XXX-XXX-" + user.phoneNumber().substring(6));
		assertThat(page).doesNotContain(user.phoneNumber());
	}

	@Test
	void deletingTheAccountRemovesTheUserHereAndAtAuthy() throws Exception {
		Visitor visitor = new Visitor(this.mvc);
		String email = Visitor.newEmail();
		AppUser user = logInWithSms(visitor, email);

		MvcResult deleted = visitor.post("/account/delete");
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(Visitor.text(visitor.follow(deleted)))
			.contains("Your account and your Authy registration were deleted.");
		assertThat(this.users.findByEmail(email)).isEmpty();
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> this.authyUsers.status(user.authyId()))
			.satisfies((ex) -> assertThat(ex.getHttpStatus()).isEqualTo(404));
		assertThat(visitor.get("/account").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(new Visitor(this.mvc).post("/login", "email", email, "password", "correct horse")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void thePhoneVerificationPageSendsAndChecksACode() {
		Visitor visitor = new Visitor(this.mvc);
		logInWithSms(visitor, Visitor.newEmail());
		String phone = Visitor.newPhoneNumber();
		assertThat(Visitor.text(visitor.post("/phone/start", "countryCode", "1", "phoneNumber", phone, "via", "sms")))
			.contains("Code sent");
		String code = this.simulator.lastVerificationCode(1, phone);
		assertThat(Visitor.text(visitor.post("/phone/check", "countryCode", "1", "phoneNumber", phone, "code",
				CodeLoginTests.wrongCode(code))))
			.contains("That code is wrong or has expired");
		assertThat(Visitor.text(visitor.post("/phone/check", "countryCode", "1", "phoneNumber", phone, "code", code)))
			.contains("The number is verified.");
	}

	@Test
	void thePhoneVerificationPageShowsPhoneInfo() {
		Visitor visitor = new Visitor(this.mvc);
		logInWithSms(visitor, Visitor.newEmail());
		String landline = Visitor.newPhoneNumber().substring(0, 9) + "6";
		assertThat(Visitor.text(visitor.post("/phone/info", "countryCode", "1", "phoneNumber", landline)))
			.contains("<dd id=\"info-type\">LANDLINE</dd>");
		assertThat(Visitor.text(visitor.post("/phone/info", "countryCode", "1", "phoneNumber", "12ab")))
			.contains("Please check the number");
	}

	@Test
	void theAdminPageIsOnlyForAdmins() {
		Visitor user = new Visitor(this.mvc);
		logInWithSms(user, Visitor.newEmail());
		assertThat(user.get("/admin").getResponse().getStatus()).isEqualTo(403);

		Visitor admin = new Visitor(this.mvc);
		if (this.users.findByEmail("admin@example.com").isEmpty()) {
			admin.signUp("admin@example.com", "correct horse", Visitor.newPhoneNumber());
		}
		AppUser adminUser = this.users.findByEmail("admin@example.com").orElseThrow();
		admin.logIn(adminUser.email(), "correct horse");
		admin.post("/login/authy/sms");
		admin.post("/login/authy/code", "code", this.simulator.lastCode(adminUser.authyId()));
		String page = Visitor.text(admin.get("/admin"));
		assertThat(page).contains("Authy application", "app-name", "Users: <strong id=\"total-users\">");
		assertThat(page).doesNotContain("Authy could not be reached");
	}

	@Test
	void healthShowsTheAuthyComponentToAnonymousVisitors() {
		String health = Visitor.text(new Visitor(this.mvc).get("/actuator/health"));
		assertThat(health).contains("\"status\":\"UP\"").contains("\"authy\":{\"status\":\"UP\"");
	}

	@Test
	void theCallbackEndpointIsOpenAndCsrfExemptButChecksTheSignature() {
		MvcResult result = new Visitor(this.mvc).postWithoutCsrf("/authy/onetouch/callback",
				"{\"uuid\":\"x\",\"status\":\"approved\",\"authy_id\":1}");
		int status = result.getResponse().getStatus();
		// Not 403 (CSRF) nor a redirect to the login page: the starter's handler refused
		// it.
		assertThat(status).isBetween(400, 499).isNotEqualTo(403);
	}

	private AppUser logInWithSms(Visitor visitor, String email) {
		AppUser user = visitor.signUpAndEnterPassword(email, this.users);
		visitor.post("/login/authy/sms");
		MvcResult verified = visitor.post("/login/authy/code", "code", this.simulator.lastCode(user.authyId()));
		assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("http://localhost/account?continue");
		return user;
	}

}
