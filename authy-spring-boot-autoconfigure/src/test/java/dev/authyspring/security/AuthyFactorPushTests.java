package dev.authyspring.security;

import java.time.Instant;

import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.core.onetouch.OneTouchSigner;
import dev.authyspring.core.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Tests for the push of the second step: its answer from a signed callback or from a
 * bounded poll, bound to the login that asked for it.
 */
@SpringBootTest(classes = TwoFactorTestApplication.class,
		properties = { "authy.api-key=" + AuthyFactorPushTests.API_KEY, "authy.onetouch.callback.enabled=true" })
class AuthyFactorPushTests {

	static final String API_KEY = "push-tests-api-key";

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private FakeAuthy authy;

	@Autowired
	private MutableClock clock;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.now());
		this.authy.reset();
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void pushApprovedForOneLoginNeverCompletesAnother() {
		Browser first = new Browser(this.mvc);
		Browser second = new Browser(this.mvc);
		first.logIn("ana");
		second.logIn("ana");
		first.post("/login/authy/push");
		String firstUuid = this.authy.lastPushUuid();
		second.post("/login/authy/push");
		this.authy.answer(firstUuid, ApprovalStatus.APPROVED);
		this.clock.set(this.clock.instant().plusSeconds(5));
		assertThat(second.json().post("/login/authy/push/complete").getStatus()).isEqualTo(409);
		MockHttpServletResponse stillHalfLoggedIn = second.get("/account");
		assertThat(stillHalfLoggedIn.getStatus()).isEqualTo(401);
		assertThat(Browser.body(stillHalfLoggedIn))
			.isEqualTo("{\"error\":\"authy_factor_required\",\"secondFactorUrl\":\"/login/authy\"}");
		assertThat(first.post("/login/authy/push/complete").getRedirectedUrl()).isEqualTo("/");
		assertThat(Browser.body(first.get("/account"))).isEqualTo("account");
	}

	@Test
	void signedCallbackAnswersThePushWithoutAskingAuthy() throws Exception {
		Browser browser = new Browser(this.mvc).json();
		browser.logIn("ana");
		browser.post("/login/authy/push");
		String uuid = this.authy.lastPushUuid();
		assertThat(Browser.body(browser.get("/login/authy/push"))).isEqualTo("{\"push\":\"pending\"}");
		MockHttpServletResponse callback = signedCallback(uuid, "approved");
		assertThat(callback.getStatus()).isEqualTo(200);
		assertThat(Browser.body(browser.get("/login/authy/push"))).isEqualTo("{\"push\":\"approved\"}");
		assertThat(this.authy.statusPolls).hasValue(0);
		MockHttpServletResponse granted = browser.post("/login/authy/push/complete");
		assertThat(granted.getStatus()).isEqualTo(200);
		assertThat(Browser.body(granted)).contains("\"method\":\"push\"");
	}

	@Test
	void signedDenialEndsTheLoginWithoutAskingAuthy() throws Exception {
		Browser browser = new Browser(this.mvc).json();
		browser.logIn("ana");
		browser.post("/login/authy/push");
		assertThat(signedCallback(this.authy.lastPushUuid(), "denied").getStatus()).isEqualTo(200);
		MockHttpServletResponse ended = browser.get("/login/authy/push");
		assertThat(ended.getStatus()).isEqualTo(401);
		assertThat(Browser.body(ended)).contains("\"error\":\"push_denied\"");
		assertThat(this.authy.statusPolls).hasValue(0);
	}

	private MockHttpServletResponse signedCallback(String uuid, String status) throws Exception {
		// Authy calls without a session and without a CSRF token: the signature is its
		// proof.
		String query = "authy_id=" + TwoFactorTestApplication.ANA + "&callback_action=approval_request_status&status="
				+ status + "&uuid=" + uuid;
		String nonce = Long.toString(this.clock.instant().getEpochSecond());
		String signature = new OneTouchSigner(API_KEY).sign(nonce, "GET", "http://localhost/authy/onetouch/callback",
				query);
		return this.mvc
			.perform(MockMvcRequestBuilders.get("/authy/onetouch/callback?" + query)
				.header("X-Authy-Signature-Nonce", nonce)
				.header("X-Authy-Signature", signature))
			.andReturn()
			.getResponse();
	}

	@Test
	void unsignedCallbackIsRefusedEvenThoughItIsPermitted() throws Exception {
		MockHttpServletResponse callback = this.mvc
			.perform(MockMvcRequestBuilders.post("/authy/onetouch/callback").content("uuid=x"))
			.andReturn()
			.getResponse();
		assertThat(callback.getStatus()).isEqualTo(401);
	}

	@Test
	void withoutACallbackTheAnswerComesFromPollingAuthyAtABoundedRate() {
		Browser browser = new Browser(this.mvc).json();
		browser.logIn("ana");
		browser.post("/login/authy/push");
		for (int i = 0; i < 10; i++) {
			assertThat(Browser.body(browser.get("/login/authy/push"))).isEqualTo("{\"push\":\"pending\"}");
		}
		assertThat(this.authy.statusPolls).hasValue(0);
		this.clock.set(this.clock.instant().plusSeconds(2));
		for (int i = 0; i < 10; i++) {
			browser.get("/login/authy/push");
		}
		assertThat(this.authy.statusPolls).hasValue(1);
		this.authy.answer(this.authy.lastPushUuid(), ApprovalStatus.APPROVED);
		this.clock.set(this.clock.instant().plusSeconds(2));
		assertThat(Browser.body(browser.get("/login/authy/push"))).isEqualTo("{\"push\":\"approved\"}");
		assertThat(this.authy.statusPolls).hasValue(2);
	}

	@Test
	void deniedPushEndsTheLoginWithAClearMessage() {
		Browser browser = new Browser(this.mvc).json();
		browser.logIn("ana");
		browser.post("/login/authy/push");
		this.authy.answer(this.authy.lastPushUuid(), ApprovalStatus.DENIED);
		this.clock.set(this.clock.instant().plusSeconds(2));
		MockHttpServletResponse ended = browser.get("/login/authy/push");
		assertThat(ended.getStatus()).isEqualTo(401);
		assertThat(Browser.body(ended))
			.isEqualTo("{\"error\":\"push_denied\",\"message\":\"The login was denied on your "
					+ "phone. Log in again.\",\"loginEnded\":true,\"redirectUrl\":\"/login?error\"}");
		assertThat(browser.session().getAttribute("SPRING_SECURITY_LAST_EXCEPTION"))
			.hasFieldOrPropertyWithValue("reason", AuthyFactorException.Reason.PUSH_DENIED);
		assertThat(new Browser(this.mvc).get("/account").getRedirectedUrl()).isEqualTo("/login");
		assertThat(browser.get("/login/authy").getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void expiredPushEndsTheLogin() {
		Browser browser = new Browser(this.mvc);
		browser.logIn("ana");
		browser.post("/login/authy/push");
		this.clock.set(this.clock.instant().plusSeconds(120));
		MockHttpServletResponse ended = browser.post("/login/authy/push/complete");
		assertThat(ended.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(browser.session().getAttribute("SPRING_SECURITY_LAST_EXCEPTION"))
			.hasFieldOrPropertyWithValue("reason", AuthyFactorException.Reason.PUSH_EXPIRED);
		assertThat(this.authy.statusPolls).hasValue(0);
	}

	@Test
	void pushCarriesTheMessageExpiryAndTheLoginsIpAddressAndUserAgentAsHiddenDetails() throws Exception {
		Browser browser = new Browser(this.mvc);
		browser.logIn("ana");
		this.mvc.perform(MockMvcRequestBuilders.post("/login/authy/push")
			.session(browser.session())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with((request) -> {
				request.setRemoteAddr("203.0.113.7");
				return request;
			})
			.header("User-Agent", "Mozilla/5.0 " + "x".repeat(300)));
		ApprovalRequest push = this.authy.pushes.get(0);
		assertThat(push.authyId()).isEqualTo(TwoFactorTestApplication.ANA);
		assertThat(push.message()).isEqualTo("Login requested");
		assertThat(push.secondsToExpire()).isEqualTo(120);
		assertThat(push.details()).isEmpty();
		assertThat(push.hiddenDetails()).containsEntry("ip_address", "203.0.113.7");
		assertThat(push.hiddenDetails().get("user_agent")).startsWith("Mozilla/5.0 xxx").hasSize(200);
		assertThat(push.hiddenDetails()).containsOnlyKeys("ip_address", "user_agent");
	}

}
