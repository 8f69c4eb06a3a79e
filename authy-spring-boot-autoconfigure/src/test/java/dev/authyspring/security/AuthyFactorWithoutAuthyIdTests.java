package dev.authyspring.security;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Tests for users whose {@link AuthyIdResolver} finds no Authy id ({@code carol}): the
 * three documented choices.
 */
class AuthyFactorWithoutAuthyIdTests {

	@Nested
	@SpringBootTest(classes = TwoFactorTestApplication.class, properties = "authy.api-key=without-id-require")
	class ByDefault {

		@Autowired
		private WebApplicationContext context;

		@Test
		void userWithoutAuthyIdIsRefusedWithAPageThatSaysSo() {
			Browser carol = browser(this.context);
			carol.logIn("carol");
			MockHttpServletResponse page = carol.get("/login/authy");
			assertThat(page.getStatus()).isEqualTo(403);
			assertThat(Browser.body(page)).contains("No second factor is set up");
			assertThat(carol.get("/account").getRedirectedUrl()).startsWith("/login/authy");
			assertThat(Browser.body(carol.json().get("/login/authy"))).isEqualTo("{\"error\":\"not_enrolled\"}");
		}

	}

	@Nested
	@SpringBootTest(classes = TwoFactorTestApplication.class,
			properties = { "authy.api-key=without-id-enrol", "test.without-authy-id=enrol" })
	class WithAnEnrolmentUrl {

		@Autowired
		private WebApplicationContext context;

		@Test
		void userWithoutAuthyIdIsSentToEnrol() {
			Browser carol = browser(this.context);
			carol.logIn("carol");
			assertThat(carol.get("/login/authy").getRedirectedUrl()).isEqualTo("/enrol");
			assertThat(Browser.body(carol.get("/enrol"))).isEqualTo("enrol");
			assertThat(carol.get("/account").getRedirectedUrl()).startsWith("/login/authy");
			assertThat(Browser.body(carol.json().get("/login/authy")))
				.isEqualTo("{\"error\":\"not_enrolled\",\"enrolmentUrl\":\"/enrol\"}");
		}

	}

	@Nested
	@SpringBootTest(classes = TwoFactorTestApplication.class,
			properties = { "authy.api-key=without-id-skip", "test.without-authy-id=skip" })
	class Skipped {

		@Autowired
		private WebApplicationContext context;

		@Autowired
		private TwoFactorTestApplication application;

		@Test
		void userWithoutAuthyIdIsLetInAndTheEventSaysSo() {
			Browser carol = browser(this.context);
			carol.logIn("carol");
			assertThat(carol.get("/account").getRedirectedUrl()).startsWith("/login/authy");
			assertThat(carol.get("/login/authy").getRedirectedUrl()).isEqualTo("http://localhost/account?continue");
			assertThat(Browser.body(carol.get("/account"))).isEqualTo("account");
			assertThat(this.application.events).anySatisfy((event) -> assertThat(event.getAuthentication())
				.isInstanceOfSatisfying(AuthyFactorAuthentication.class,
						(step) -> assertThat(step.getMethod()).isEqualTo(AuthyFactorMethod.NOT_ENROLLED)));
		}

		@Test
		void usersWithAnAuthyIdStillNeedTheStep() {
			Browser ana = browser(this.context);
			ana.logIn("ana");
			MockHttpServletResponse page = ana.get("/login/authy");
			assertThat(page.getStatus()).isEqualTo(200);
			assertThat(Browser.body(page)).contains("Confirm it is you");
		}

	}

	static Browser browser(WebApplicationContext context) {
		return new Browser(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
	}

}
