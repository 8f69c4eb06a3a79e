package dev.authyspring.security;

import java.time.Duration;
import java.time.Instant;

import dev.authyspring.core.testing.MutableClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Tests for "remember this device": a signed cookie that stands in for the second step,
 * for its user and Authy id only. The login timeout is long here because Spring Security
 * dates the password factor by the system clock, and these tests move the application's
 * clock by days.
 */
@SpringBootTest(classes = TwoFactorTestApplication.class,
		properties = { "authy.api-key=remember-tests-api-key", "authy.security.remember-device.enabled=true",
				"authy.security.remember-device.duration=7d", "authy.security.login-timeout=30d",
				"authy.security.remember-device.signing-key=remember-tests-signing-key-0123456789" })
class AuthyFactorRememberDeviceTests {

	private static final String COOKIE = "AUTHY_REMEMBERED_DEVICE";

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private FakeAuthy authy;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TwoFactorTestApplication application;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.now());
		this.authy.reset();
		this.application.authyIds.put("ana", TwoFactorTestApplication.ANA);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void rememberedDeviceSkipsTheStepAtTheNextLogin() {
		Browser browser = rememberedBrowser("ana", TwoFactorTestApplication.ANA);
		Cookie cookie = browser.cookies().get(COOKIE);
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSecure()).isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
		assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofDays(7).toSeconds());
		assertThat(cookie.getValue()).doesNotContain("ana").doesNotContain("1001");
		browser.post("/logout");
		browser.logIn("ana");
		assertThat(browser.get("/account").getRedirectedUrl()).startsWith("/login/authy");
		assertThat(browser.get("/login/authy").getRedirectedUrl()).isEqualTo("http://localhost/account?continue");
		assertThat(Browser.body(browser.get("/account"))).isEqualTo("account");
		assertThat(this.authy.sentTo(TwoFactorTestApplication.ANA)).containsExactly("sms");
	}

	@Test
	void deviceIsNotRememberedUnlessTheUserAsks() {
		Browser browser = new Browser(this.mvc);
		browser.logIn("ana");
		browser.post("/login/authy/sms");
		browser.post("/login/authy/code", "code", this.authy.lastCode(TwoFactorTestApplication.ANA));
		assertThat(browser.cookies()).doesNotContainKey(COOKIE);
		assertThat(Browser.body(new Browser(this.mvc).logIn("ana"))).isEmpty();
	}

	@Test
	void cookieOfOneUserDoesNothingForAnother() {
		Cookie anas = rememberedBrowser("ana", TwoFactorTestApplication.ANA).cookies().get(COOKIE);
		Browser bob = new Browser(this.mvc);
		bob.cookies().put(COOKIE, anas);
		bob.logIn("bob");
		assertStepRequired(bob);
	}

	@Test
	void changedAuthyIdRevokesTheRememberedDevice() {
		Browser browser = rememberedBrowser("ana", TwoFactorTestApplication.ANA);
		browser.post("/logout");
		this.application.authyIds.put("ana", 4242L);
		browser.logIn("ana");
		assertStepRequired(browser);
	}

	@Test
	void rememberedDeviceIsForgottenAfterTheDuration() {
		Browser browser = rememberedBrowser("ana", TwoFactorTestApplication.ANA);
		browser.post("/logout");
		this.clock.set(this.clock.instant().plus(Duration.ofDays(7)));
		browser.logIn("ana");
		assertStepRequired(browser);
	}

	@Test
	void tamperedCookieIsIgnored() {
		Browser browser = rememberedBrowser("ana", TwoFactorTestApplication.ANA);
		String value = browser.cookies().get(COOKIE).getValue();
		long expires = Long.parseLong(value.substring(0, value.indexOf('.')));
		browser.cookies().put(COOKIE, new Cookie(COOKIE, (expires + 86400) + value.substring(value.indexOf('.'))));
		browser.post("/logout");
		browser.logIn("ana");
		assertStepRequired(browser);
	}

	@Test
	void pageOffersTheCheckbox() {
		Browser browser = new Browser(this.mvc);
		browser.logIn("ana");
		assertThat(Browser.body(browser.get("/login/authy"))).contains("name=\"remember-device\"");
	}

	private Browser rememberedBrowser(String user, long authyId) {
		Browser browser = new Browser(this.mvc);
		browser.logIn(user);
		browser.post("/login/authy/sms");
		MockHttpServletResponse granted = browser.post("/login/authy/code", "code", this.authy.lastCode(authyId),
				"remember-device", "true");
		assertThat(granted.getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.cookies()).containsKey(COOKIE);
		return browser;
	}

	private static void assertStepRequired(Browser browser) {
		MockHttpServletResponse page = browser.get("/login/authy");
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(Browser.body(page)).contains("Confirm it is you");
		assertThat(browser.get("/account").getRedirectedUrl()).startsWith("/login/authy");
	}

}
