package dev.authyspring.sample;

import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.simulator.AuthySimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-up and the password step of login.
 */
@SampleAppTest
class SignUpTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private AuthySimulator simulator;

	@Autowired
	private PasswordEncoder passwordEncoder;

	private Visitor visitor;

	@BeforeEach
	void newVisitor() {
		this.visitor = new Visitor(this.mvc);
	}

	@Test
	void signUpRegistersTheUserWithAuthyAndStoresAHashedPassword() {
		String email = Visitor.newEmail();
		String phone = Visitor.newPhoneNumber();
		MvcResult result = this.visitor.signUp(email.toUpperCase(), "correct horse", phone);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(Visitor.text(this.visitor.follow(result))).contains("Your account is ready. Log in to continue.");
		AppUser user = this.users.findByEmail(email).orElseThrow();
		assertThat(user.phoneNumber()).isEqualTo(phone);
		assertThat(user.countryCode()).isEqualTo(1);
		assertThat(user.passwordHash()).startsWith("$2").doesNotContain("correct horse");
		assertThat(this.passwordEncoder.matches("correct horse", user.passwordHash())).isTrue();
		// The simulator gives the id of the existing registration for the same phone.
		assertThat(user.authyId()).isPositive().isEqualTo(this.simulator.registerUser(email, 1, phone));
		assertThat(user.admin()).isFalse();
	}

	@Test
	void signUpWithAnEmailThatHasAnAccountShowsAnError() {
		String email = Visitor.newEmail();
		this.visitor.signUp(email, "correct horse", Visitor.newPhoneNumber());
		MvcResult again = this.visitor.signUp(email, "another password", Visitor.newPhoneNumber());
		assertThat(again.getResponse().getStatus()).isEqualTo(200);
		assertThat(Visitor.text(again)).contains("An account with this email already exists");
		assertThat(this.users.findAll().stream().filter((u) -> u.email().equals(email))).hasSize(1);
	}

	@Test
	void signUpWithAPhoneAuthyRejectsShowsAuthysReasonAndStoresNothing() {
		String email = Visitor.newEmail();
		MvcResult result = this.visitor.signUp(email, "correct horse", "555 123 456");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(Visitor.text(result)).contains("Authy says it");
		assertThat(this.users.findByEmail(email)).isEmpty();
	}

	@Test
	void signUpWithAShortPasswordShowsTheRule() {
		String email = Visitor.newEmail();
		MvcResult result = this.visitor.signUp(email, "short", Visitor.newPhoneNumber());
		assertThat(Visitor.text(result)).contains("must be 8 to 72 characters");
		assertThat(this.users.findByEmail(email)).isEmpty();
	}

	@Test
	void adminEmailGetsTheAdminRole() {
		this.visitor.signUp("Admin@Example.com", "correct horse", Visitor.newPhoneNumber());
		assertThat(this.users.findByEmail("admin@example.com"))
			.hasValueSatisfying((user) -> assertThat(user.admin()).isTrue());
	}

	@Test
	void thePasswordAloneLeadsToTheSecondStepAndOpensNothingElse() {
		String email = Visitor.newEmail();
		this.visitor.signUp(email, "correct horse", Visitor.newPhoneNumber());
		this.visitor.logIn(email, "correct horse");
		assertThat(Visitor.text(this.visitor.get("/login/authy"))).contains("Confirm it is you",
				"Send a push to my phone");
		assertThat(this.visitor.get("/account").getResponse().getRedirectedUrl()).isEqualTo(Visitor.SECOND_STEP);
		assertThat(this.visitor.get("/phone").getResponse().getRedirectedUrl()).isEqualTo(Visitor.SECOND_STEP);
		assertThat(this.visitor.get("/admin").getResponse().getRedirectedUrl()).isEqualTo(Visitor.SECOND_STEP);
		assertThat(this.visitor.post("/account/delete").getResponse().getRedirectedUrl())
			.isEqualTo(Visitor.SECOND_STEP);
		assertThat(this.users.findByEmail(email)).isPresent();
	}

	@Test
	void aWrongPasswordIsRefused() {
		String email = Visitor.newEmail();
		this.visitor.signUp(email, "correct horse", Visitor.newPhoneNumber());
		MvcResult result = this.visitor.post("/login", "email", email, "password", "wrong horse");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(Visitor.text(this.visitor.follow(result))).contains("Wrong email or password.");
		assertThat(this.visitor.get("/login/authy").getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(this.visitor.get("/account").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(Visitor.text(this.visitor.get("/"))).contains("Two-factor login with Authy")
			.contains(this.simulator.baseUrl() + "/simulator");
	}

}
