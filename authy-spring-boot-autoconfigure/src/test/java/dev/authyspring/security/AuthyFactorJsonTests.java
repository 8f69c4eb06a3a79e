package dev.authyspring.security;

import java.time.Instant;

import dev.authyspring.core.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Tests for the JSON variant of the second step's endpoints, as a single-page application
 * calls them with {@code Accept: application/json}. The status codes and bodies are the
 * ones {@code docs/spring-security.md} documents.
 */
@SpringBootTest(classes = TwoFactorTestApplication.class, properties = "authy.api-key=json-tests-api-key")
class AuthyFactorJsonTests {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private FakeAuthy authy;

	@Autowired
	private MutableClock clock;

	private Browser spa;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.now());
		this.authy.reset();
		this.spa = new Browser(MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build()).json();
		this.spa.logIn("ana");
	}

	@Test
	void protectedUrlAnswers401NamingTheSecondStep() {
		assertJson(this.spa.get("/account"), 401,
				"{\"error\":\"authy_factor_required\",\"secondFactorUrl\":\"/login/authy\"}");
	}

	@Test
	void stateOfTheStep() {
		assertJson(this.spa.get("/login/authy"), 200, "{\"push\":\"none\",\"attemptsLeft\":5,\"codeResendInSeconds\":0,"
				+ "\"pushResendInSeconds\":0,\"rememberDeviceAvailable\":false}");
		this.spa.post("/login/authy/sms");
		assertThat(Browser.body(this.spa.get("/login/authy"))).contains("\"codeResendInSeconds\":30");
	}

	@Test
	void smsThenCode() {
		assertJson(this.spa.post("/login/authy/sms"), 202, "{\"sent\":\"sms\"}");
		MockHttpServletResponse tooSoon = this.spa.post("/login/authy/call");
		assertJson(tooSoon, 429, "{\"error\":\"resend_too_soon\",\"retryAfterSeconds\":30}");
		assertThat(tooSoon.getHeader("Retry-After")).isEqualTo("30");
		assertJson(this.spa.post("/login/authy/code", "code", "000000"), 401,
				"{\"error\":\"invalid_code\",\"attemptsLeft\":4}");
		assertJson(this.spa.post("/login/authy/code", "code", "12x456"), 400, "{\"error\":\"invalid_format\"}");
		assertJson(this.spa.post("/login/authy/code", "code", this.authy.lastCode(TwoFactorTestApplication.ANA)), 200,
				"{\"authenticated\":true,\"method\":\"sms\",\"redirectUrl\":\"/\"}");
		assertThat(Browser.body(this.spa.get("/account"))).isEqualTo("account");
		// With the factor, the step can still be taken again, with fresh limits.
		assertJson(this.spa.get("/login/authy"), 200, "{\"push\":\"none\",\"attemptsLeft\":5,\"codeResendInSeconds\":0,"
				+ "\"pushResendInSeconds\":0,\"rememberDeviceAvailable\":false}");
	}

	@Test
	void redirectUrlIsThePageFirstAskedForInTheBrowser() {
		Browser tab = new Browser(MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build());
		tab.logIn("bob");
		tab.get("/statements");
		tab.json().post("/login/authy/sms");
		assertJson(tab.post("/login/authy/code", "code", this.authy.lastCode(TwoFactorTestApplication.BOB)), 200,
				"{\"authenticated\":true,\"method\":\"sms\",\"redirectUrl\":\"http://localhost/statements?continue\"}");
	}

	@Test
	void push() {
		assertJson(this.spa.post("/login/authy/push/complete"), 409, "{\"error\":\"no_push\"}");
		assertJson(this.spa.post("/login/authy/push"), 202, "{\"sent\":\"push\"}");
		assertJson(this.spa.get("/login/authy/push"), 200, "{\"push\":\"pending\"}");
		assertJson(this.spa.post("/login/authy/push/complete"), 409, "{\"error\":\"push_pending\"}");
	}

	@Test
	void wrongCodeLimitEndsTheLogin() {
		for (int i = 4; i > 0; i--) {
			assertJson(this.spa.post("/login/authy/code", "code", "000000"), 401,
					"{\"error\":\"invalid_code\",\"attemptsLeft\":" + i + "}");
		}
		assertJson(this.spa.post("/login/authy/code", "code", "000000"), 401,
				"{\"error\":\"too_many_attempts\",\"message\":\"Too many wrong codes. Log in again.\","
						+ "\"loginEnded\":true,\"redirectUrl\":\"/login?error\"}");
	}

	@Test
	void authyUnavailable() {
		this.authy.unavailable(true);
		assertJson(this.spa.post("/login/authy/sms"), 503, "{\"error\":\"authy_unavailable\"}");
		assertJson(this.spa.post("/login/authy/push"), 503, "{\"error\":\"authy_unavailable\"}");
		assertJson(this.spa.post("/login/authy/code", "code", "123456"), 503, "{\"error\":\"authy_unavailable\"}");
	}

	private static void assertJson(MockHttpServletResponse response, int status, String body) {
		assertThat(response.getStatus()).as("status").isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo("application/json");
		assertThat(Browser.body(response)).isEqualTo(body);
	}

}
