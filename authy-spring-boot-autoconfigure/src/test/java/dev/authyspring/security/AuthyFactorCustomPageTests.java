package dev.authyspring.security;

import java.time.Instant;

import dev.authyspring.core.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Tests for an application that brings its own second-factor page and moves the
 * endpoints: {@code secondFactorPage}, {@code pathPrefix} and {@code failureUrl}.
 */
@SpringBootTest(classes = TwoFactorTestApplication.class,
		properties = { "authy.api-key=custom-page-tests-api-key", "test.page=custom" })
class AuthyFactorCustomPageTests {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private FakeAuthy authy;

	@Autowired
	private MutableClock clock;

	private Browser browser;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.now());
		this.authy.reset();
		this.browser = new Browser(MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build());
		this.browser.logIn("ana");
	}

	@Test
	void missingFactorLeadsToTheApplicationsPage() {
		assertThat(this.browser.get("/account").getRedirectedUrl())
			.isEqualTo("/my-second-step?factor.type=authy&factor.reason=missing");
		assertThat(Browser.body(this.browser.get("/my-second-step"))).isEqualTo("my second step");
		assertThat(this.browser.get("/mfa/authy?sent=sms").getRedirectedUrl()).isEqualTo("/my-second-step?sent=sms");
		assertThat(this.browser.get("/login/authy").getRedirectedUrl())
			.isEqualTo("/my-second-step?factor.type=authy&factor.reason=missing");
	}

	@Test
	void endpointsAnswerUnderTheirPrefixWithMessagesForTheApplicationsPage() {
		assertThat(this.browser.post("/mfa/authy/sms").getRedirectedUrl()).isEqualTo("/my-second-step?sent=sms");
		assertThat(this.browser.post("/mfa/authy/code", "code", "000000").getRedirectedUrl())
			.isEqualTo("/my-second-step?error=invalid_code");
		assertThat(Browser.body(this.browser.json().get("/mfa/authy"))).contains("\"attemptsLeft\":4");
		assertThat(this.browser.post("/mfa/authy/code", "code", this.authy.lastCode(TwoFactorTestApplication.ANA))
			.getStatus()).isEqualTo(200);
		assertThat(Browser.body(this.browser.get("/account"))).isEqualTo("account");
	}

	@Test
	void discardedLoginGoesToTheFailureUrl() {
		for (int i = 0; i < 4; i++) {
			this.browser.post("/mfa/authy/code", "code", "000000");
		}
		assertThat(this.browser.post("/mfa/authy/code", "code", "000000").getRedirectedUrl()).isEqualTo("/login?authy");
		assertThat(this.browser.get("/account").getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.browser.session().getAttribute("SPRING_SECURITY_LAST_EXCEPTION"))
			.isInstanceOf(AuthyFactorException.class);
	}

}
