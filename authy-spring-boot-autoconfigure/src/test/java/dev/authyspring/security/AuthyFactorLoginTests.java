package dev.authyspring.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.core.testing.MutableClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Tests for the second login step as a browser goes through it: where a half-logged-in
 * user is sent, each method, and the safety rules, on {@link FakeAuthy} and a clock the
 * test moves.
 */
@SpringBootTest(classes = TwoFactorTestApplication.class, properties = "authy.api-key=test-api-key")
class AuthyFactorLoginTests {

	/** Where Spring Security's missing-factor handling sends the user. */
	static final String SECOND_STEP = "/login/authy?factor.type=authy&factor.reason=missing";

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private FakeAuthy authy;

	@Autowired
	private MutableClock clock;

	private MockMvc mvc;

	private Browser browser;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.now());
		this.authy.reset();
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.browser = new Browser(this.mvc);
	}

	@Test
	void passwordOnlyUserIsSentToTheSecondStepByGetAndByPost() {
		this.browser.logIn("ana");
		for (MockHttpServletResponse response : new MockHttpServletResponse[] { this.browser.get("/account"),
				this.browser.get("/statements"), this.browser.post("/transfer"), this.browser.get("/unmapped") }) {
			assertThat(response.getStatus()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).isEqualTo(SECOND_STEP);
		}
		assertThat(Browser.body(this.browser.post("/transfer"))).doesNotContain("transferred");
	}

	@Test
	void anonymousUserIsSentToTheLoginPageNotTheSecondStep() {
		assertThat(this.browser.get("/account").getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.browser.get("/login/authy").getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.browser.post("/login/authy/sms").getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.authy.sentTo(TwoFactorTestApplication.ANA)).isEmpty();
	}

	@Test
	void smsCodeGrantsTheFactorAndLeadsBackToThePageFirstAskedFor() {
		this.browser.logIn("ana");
		this.browser.get("/statements");
		MockHttpServletResponse sent = this.browser.post("/login/authy/sms");
		assertThat(sent.getRedirectedUrl()).isEqualTo("/login/authy?sent=sms");
		assertThat(Browser.body(this.browser.get("/login/authy?sent=sms"))).contains("We sent a code by SMS.",
				"name=\"method\" value=\"sms\"");
		assertThat(this.authy.sentTo(TwoFactorTestApplication.ANA)).containsExactly("sms");
		MockHttpServletResponse granted = this.browser.post("/login/authy/code", "code",
				this.authy.lastCode(TwoFactorTestApplication.ANA));
		assertThat(granted.getRedirectedUrl()).isEqualTo("http://localhost/statements?continue");
		assertThat(Browser.body(this.browser.get("/statements"))).isEqualTo("statements");
		assertThat(this.browser.post("/transfer").getContentAsByteArray()).asString().isEqualTo("transferred");
		assertThat(factorAuthorities()).containsExactly(AuthyFactor.AUTHORITY);
	}

	@Test
	void voiceCallCodeGrantsTheFactor() {
		this.browser.logIn("ana");
		assertThat(this.browser.post("/login/authy/call").getRedirectedUrl()).isEqualTo("/login/authy?sent=call");
		assertThat(this.authy.sentTo(TwoFactorTestApplication.ANA)).containsExactly("call");
		assertThat(this.browser.post("/login/authy/code", "code", this.authy.lastCode(TwoFactorTestApplication.ANA))
			.getRedirectedUrl()).isEqualTo("/");
		assertThat(Browser.body(this.browser.get("/account"))).isEqualTo("account");
	}

	@Test
	void authenticatorAppCodeGrantsTheFactorWithoutSendingAnything() {
		this.authy.totp("7654321");
		this.browser.logIn("ana");
		assertThat(this.browser.post("/login/authy/code", "code", "765 4321").getRedirectedUrl()).isEqualTo("/");
		assertThat(Browser.body(this.browser.get("/account"))).isEqualTo("account");
		assertThat(this.authy.sentTo(TwoFactorTestApplication.ANA)).isEmpty();
	}

	@Test
	void approvedPushGrantsTheFactorOnce() {
		this.browser.logIn("ana");
		this.browser.get("/account");
		assertThat(this.browser.post("/login/authy/push").getRedirectedUrl()).isEqualTo("/login/authy?push");
		String page = Browser.body(this.browser.get("/login/authy?push"));
		assertThat(page).contains("Approve it there", "id=\"authy-push-complete\"", "/login/authy/script.js");
		String uuid = this.authy.lastPushUuid();
		assertThat(this.browser.post("/login/authy/push/complete").getRedirectedUrl()).isEqualTo("/login/authy?push");
		this.authy.answer(uuid, ApprovalStatus.APPROVED);
		this.clock.set(this.clock.instant().plusSeconds(3));
		assertThat(this.browser.post("/login/authy/push/complete").getRedirectedUrl())
			.isEqualTo("http://localhost/account?continue");
		assertThat(Browser.body(this.browser.get("/account"))).isEqualTo("account");
		// The login is complete: the approved push is gone with its attempt, and cannot
		// be used again.
		assertThat(this.browser.post("/login/authy/push/complete").getRedirectedUrl())
			.isEqualTo("/login/authy?error=no_push");
	}

	@Test
	void wrongCodeDoesNotGrantTheFactorAndCountsDown() {
		this.browser.logIn("ana");
		this.browser.post("/login/authy/sms");
		MockHttpServletResponse wrong = this.browser.post("/login/authy/code", "code", "000000");
		assertThat(wrong.getRedirectedUrl()).isEqualTo("/login/authy?error=invalid_code");
		assertThat(Browser.body(this.browser.get("/login/authy?error=invalid_code")))
			.contains("That code is wrong or has expired. 4 attempts left.");
		assertThat(this.browser.get("/account").getRedirectedUrl()).isEqualTo(SECOND_STEP);
	}

	@Test
	void reusedCodeDoesNotGrantTheFactorInAnotherLogin() {
		this.browser.logIn("ana");
		this.browser.post("/login/authy/sms");
		String code = this.authy.lastCode(TwoFactorTestApplication.ANA);
		this.browser.post("/login/authy/code", "code", code);
		Browser other = new Browser(this.mvc);
		other.logIn("ana");
		assertThat(other.post("/login/authy/code", "code", code).getRedirectedUrl())
			.isEqualTo("/login/authy?error=code_already_used");
		assertThat(other.get("/account").getRedirectedUrl()).isEqualTo(SECOND_STEP);
	}

	@Test
	void codeThatIsNotDigitsIsRefusedWithoutAskingAuthyOrCostingAnAttempt() {
		this.browser.logIn("ana");
		int before = this.authy.verifications.get();
		assertThat(this.browser.post("/login/authy/code", "code", "12ab56").getRedirectedUrl())
			.isEqualTo("/login/authy?error=invalid_format");
		assertThat(this.authy.verifications.get()).isEqualTo(before);
		this.browser.post("/login/authy/code", "code", "000000");
		assertThat(Browser.body(this.browser.get("/login/authy?error=invalid_code"))).contains("4 attempts left.");
	}

	@Test
	void wrongCodeLimitDiscardsTheHalfFinishedLogin() {
		this.browser.logIn("ana");
		this.browser.post("/login/authy/sms");
		String code = this.authy.lastCode(TwoFactorTestApplication.ANA);
		for (int i = 0; i < 4; i++) {
			assertThat(this.browser.post("/login/authy/code", "code", "000000").getRedirectedUrl())
				.isEqualTo("/login/authy?error=invalid_code");
		}
		MockHttpServletResponse ended = this.browser.post("/login/authy/code", "code", "000000");
		assertThat(ended.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(this.browser.session().getAttribute("SPRING_SECURITY_LAST_EXCEPTION"))
			.hasFieldOrPropertyWithValue("reason", AuthyFactorException.Reason.TOO_MANY_ATTEMPTS);
		// Even the right code is too late: the user starts again with the password.
		assertThat(this.browser.post("/login/authy/code", "code", code).getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.browser.get("/account").getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void codesCannotBeResentBeforeTheInterval() {
		this.browser.logIn("ana");
		assertThat(this.browser.post("/login/authy/sms").getRedirectedUrl()).isEqualTo("/login/authy?sent=sms");
		assertThat(this.browser.post("/login/authy/call").getRedirectedUrl())
			.isEqualTo("/login/authy?error=resend_too_soon");
		this.clock.set(this.clock.instant().plus(Duration.ofSeconds(29)));
		assertThat(this.browser.post("/login/authy/sms").getRedirectedUrl())
			.isEqualTo("/login/authy?error=resend_too_soon");
		assertThat(this.authy.sentTo(TwoFactorTestApplication.ANA)).containsExactly("sms");
		this.clock.set(this.clock.instant().plus(Duration.ofSeconds(1)));
		assertThat(this.browser.post("/login/authy/call").getRedirectedUrl()).isEqualTo("/login/authy?sent=call");
		assertThat(this.authy.sentTo(TwoFactorTestApplication.ANA)).containsExactly("sms", "call");
	}

	@Test
	void pushesCannotBeResentBeforeTheInterval() {
		this.browser.logIn("ana");
		this.browser.post("/login/authy/push");
		assertThat(this.browser.post("/login/authy/push").getRedirectedUrl())
			.isEqualTo("/login/authy?error=resend_too_soon");
		assertThat(this.authy.pushes).hasSize(1);
	}

	@Test
	void halfFinishedLoginExpires() {
		this.browser.logIn("ana");
		this.browser.post("/login/authy/sms");
		String code = this.authy.lastCode(TwoFactorTestApplication.ANA);
		this.clock.set(Instant.now().plus(Duration.ofMinutes(5)).plusSeconds(1));
		MockHttpServletResponse ended = this.browser.post("/login/authy/code", "code", code);
		assertThat(ended.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(this.browser.session().getAttribute("SPRING_SECURITY_LAST_EXCEPTION"))
			.hasFieldOrPropertyWithValue("reason", AuthyFactorException.Reason.LOGIN_EXPIRED);
		assertThat(this.browser.get("/account").getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void sessionIdChangesWhenTheFactorIsGranted() {
		this.browser.logIn("ana");
		String afterPassword = this.browser.session().getId();
		this.browser.post("/login/authy/sms");
		this.browser.post("/login/authy/code", "code", this.authy.lastCode(TwoFactorTestApplication.ANA));
		assertThat(this.browser.session().getId()).isNotEqualTo(afterPassword);
	}

	@Test
	void formsOfTheStepNeedTheCsrfToken() {
		this.browser.logIn("ana");
		assertThat(this.browser.postWithoutCsrf("/login/authy/sms").getStatus()).isEqualTo(403);
		assertThat(this.browser.postWithoutCsrf("/login/authy/code", "code", "123456").getStatus()).isEqualTo(403);
		assertThat(this.authy.sentTo(TwoFactorTestApplication.ANA)).isEmpty();
		String page = Browser.body(this.browser.get("/login/authy"));
		assertThat(page.split("<form", -1)).hasSize(5);
		assertThat(page.split("name=\"_csrf\"", -1)).hasSize(5);
	}

	@Test
	void factorTooOldForAPageIsProvedAgain() {
		this.browser.logIn("ana");
		// Granted two minutes ago by the application's clock: /recent wants it within
		// one.
		this.clock.set(Instant.now().minus(Duration.ofMinutes(2)));
		this.authy.totp("8765432");
		assertThat(this.browser.post("/login/authy/code", "code", "8765432").getRedirectedUrl()).isEqualTo("/");
		assertThat(Browser.body(this.browser.get("/account"))).isEqualTo("account");
		this.clock.set(Instant.now());
		assertThat(this.browser.get("/recent").getRedirectedUrl())
			.isEqualTo("/login/authy?factor.type=authy&factor.reason=expired");
		assertThat(Browser.body(this.browser.get("/login/authy"))).contains("Confirm it is you");
		this.browser.post("/login/authy/sms");
		assertThat(this.browser.post("/login/authy/code", "code", this.authy.lastCode(TwoFactorTestApplication.ANA))
			.getRedirectedUrl()).isEqualTo("http://localhost/recent?continue");
		assertThat(Browser.body(this.browser.get("/recent"))).isEqualTo("recent");
	}

	@Test
	void rememberMeLoginCannotTakeTheStep() {
		int verificationsBefore = this.authy.verifications.get();
		Browser remembered = new Browser(this.mvc);
		assertThat(remembered
			.post("/login", "username", "ana", "password", TwoFactorTestApplication.PASSWORD, "remember-me", "on")
			.getStatus()).isEqualTo(302);
		Cookie rememberMe = remembered.cookies().get("remember-me");
		assertThat(rememberMe).as("remember-me cookie").isNotNull();
		// The session is gone; only the cookie is left, as a thief would have it.
		Browser thief = new Browser(this.mvc);
		thief.cookies().put("remember-me", rememberMe);
		assertThat(thief.post("/login/authy/sms").getRedirectedUrl()).isEqualTo("/login");
		assertThat(thief.post("/login/authy/code", "code", "000000").getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.authy.sentTo(TwoFactorTestApplication.ANA)).isEmpty();
		assertThat(this.authy.verifications.get()).isEqualTo(verificationsBefore);
	}

	@Test
	void loginWithoutASessionCannotTakeTheStep() throws Exception {
		int verificationsBefore = this.authy.verifications.get();
		UsernamePasswordAuthenticationToken password = UsernamePasswordAuthenticationToken.authenticated("ana", null,
				List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
		MockHttpServletResponse response = this.mvc
			.perform(MockMvcRequestBuilders.post("/login/authy/code")
				.with(SecurityMockMvcRequestPostProcessors.authentication(password))
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.param("code", "123456"))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(this.authy.verifications.get()).isEqualTo(verificationsBefore);
	}

	@Test
	void expiredPushDoesNotEndALoginThatWentOnWithACode() {
		this.browser.logIn("ana");
		this.browser.post("/login/authy/push");
		this.clock.set(this.clock.instant().plusSeconds(30));
		this.browser.post("/login/authy/sms");
		this.clock.set(this.clock.instant().plusSeconds(120));
		String page = Browser.body(this.browser.get("/login/authy?sent=sms"));
		assertThat(page).contains("Confirm it is you", "Send a push to my phone");
		assertThat(this.browser.post("/login/authy/code", "code", this.authy.lastCode(TwoFactorTestApplication.ANA))
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void parallelCodeSubmissionsCannotExceedTheLimit() throws Exception {
		this.browser.logIn("ana");
		this.browser.get("/login/authy");
		int before = this.authy.verifications.get();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> submissions = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				submissions.add(executor.submit(() -> this.browser.post("/login/authy/code", "code", "000000")));
			}
			for (Future<?> submission : submissions) {
				submission.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.authy.verifications.get() - before).isLessThanOrEqualTo(5);
	}

	@Test
	void authyUnavailableLetsTheUserTryAgain() {
		this.browser.logIn("ana");
		this.authy.unavailable(true);
		try {
			assertThat(this.browser.post("/login/authy/sms").getRedirectedUrl())
				.isEqualTo("/login/authy?error=authy_unavailable");
			assertThat(this.browser.post("/login/authy/code", "code", "123456").getRedirectedUrl())
				.isEqualTo("/login/authy?error=authy_unavailable");
		}
		finally {
			this.authy.unavailable(false);
		}
		assertThat(this.browser.post("/login/authy/sms").getRedirectedUrl()).isEqualTo("/login/authy?sent=sms");
		assertThat(Browser.body(this.browser.get("/login/authy?error=invalid_code"))).contains("5 attempts left.");
	}

	private java.util.List<String> factorAuthorities() {
		SecurityContext context = (SecurityContext) this.browser.session()
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		Authentication authentication = context.getAuthentication();
		assertThat(authentication.getName()).isEqualTo("ana");
		assertThat(authentication.getAuthorities()).extracting((a) -> a.getAuthority())
			.contains("FACTOR_PASSWORD", "ROLE_USER");
		return authentication.getAuthorities()
			.stream()
			.map((a) -> a.getAuthority())
			.filter(AuthyFactor.AUTHORITY::equals)
			.toList();
	}

}
