package dev.authyspring.security;

import java.time.Instant;
import java.util.List;

import dev.authyspring.core.testing.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Tests for the Authy factor's authentication events, its metrics, and what it logs.
 */
@SpringBootTest(classes = TwoFactorTestApplication.class,
		properties = { "authy.api-key=events-tests-api-key", "logging.level.dev.authyspring=TRACE" })
@ExtendWith(OutputCaptureExtension.class)
class AuthyFactorEventsTests {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private FakeAuthy authy;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TwoFactorTestApplication application;

	@Autowired
	private MeterRegistry meterRegistry;

	private Browser browser;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.now());
		this.authy.reset();
		this.meterRegistry.clear();
		this.browser = new Browser(MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build());
		this.browser.logIn("bob");
		this.application.events.clear();
	}

	@Test
	void grantingPublishesASuccessEventWithTheMethod() {
		this.browser.post("/login/authy/call");
		this.browser.post("/login/authy/code", "code", this.authy.lastCode(TwoFactorTestApplication.BOB));
		List<AbstractAuthenticationEvent> events = stepEvents();
		assertThat(events).hasSize(1).first().isInstanceOf(AuthenticationSuccessEvent.class);
		AuthyFactorAuthentication step = (AuthyFactorAuthentication) events.get(0).getAuthentication();
		assertThat(step.getName()).isEqualTo("bob");
		assertThat(step.getMethod()).isEqualTo(AuthyFactorMethod.CALL);
		assertThat(step.isAuthenticated()).isTrue();
		assertThat(step.getAuthorities()).extracting((a) -> a.getAuthority()).containsExactly(AuthyFactor.AUTHORITY);
		assertThat(this.meterRegistry.get("authy.security.factor")
			.tag("method", "call")
			.tag("outcome", "granted")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void failuresPublishFailureEventsWithTheReason() {
		for (int i = 0; i < 5; i++) {
			this.browser.post("/login/authy/code", "code", "000000", "method", "totp");
		}
		List<AbstractAuthenticationEvent> events = stepEvents();
		assertThat(events).hasSize(5);
		assertThat(events.subList(0, 4)).allSatisfy((event) -> {
			assertThat(event).isInstanceOf(AuthenticationFailureBadCredentialsEvent.class);
			assertThat(((AuthenticationFailureBadCredentialsEvent) event).getException())
				.isInstanceOfSatisfying(AuthyFactorException.class, (ex) -> {
					assertThat(ex.getReason()).isEqualTo(AuthyFactorException.Reason.INVALID_CODE);
					assertThat(ex.getMethod()).isEqualTo(AuthyFactorMethod.TOTP);
				});
			assertThat(event.getAuthentication().isAuthenticated()).isFalse();
		});
		assertThat(events.get(4)).isInstanceOf(AuthenticationFailureLockedEvent.class);
		assertThat(this.meterRegistry.get("authy.security.factor")
			.tag("method", "totp")
			.tag("outcome", "invalid_code")
			.counter()
			.count()).isEqualTo(4);
		assertThat(this.meterRegistry.get("authy.security.factor")
			.tag("method", "totp")
			.tag("outcome", "too_many_attempts")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void metricsCarryNoUserData() {
		this.browser.post("/login/authy/sms");
		this.browser.post("/login/authy/code", "code", this.authy.lastCode(TwoFactorTestApplication.BOB));
		assertThat(this.meterRegistry.get("authy.security.factor").counters())
			.allSatisfy((counter) -> assertThat(counter.getId().getTags()).extracting((tag) -> tag.getKey())
				.containsOnly("method", "outcome"));
	}

	@Test
	void neitherCodesNorAuthyIdsAreLoggedOnAnyPathEvenAtTrace(CapturedOutput output) {
		// Every path that logs: a send Authy refused, a code Authy could not check, a
		// wrong code, a push status poll that failed, a granted factor.
		this.authy.unavailable(true);
		this.browser.post("/login/authy/sms");
		this.browser.post("/login/authy/code", "code", "55443322");
		this.authy.unavailable(false);
		this.browser.post("/login/authy/sms");
		String code = this.authy.lastCode(TwoFactorTestApplication.BOB);
		this.browser.post("/login/authy/code", "code", "99887766");
		this.clock.set(this.clock.instant().plusSeconds(30));
		this.browser.post("/login/authy/push");
		String uuid = this.authy.lastPushUuid();
		this.authy.unavailable(true);
		this.clock.set(this.clock.instant().plusSeconds(3));
		this.browser.get("/login/authy/push");
		this.authy.unavailable(false);
		this.browser.post("/login/authy/code", "code", code);
		assertThat(output).contains("Authy did not send a login code by sms", "Authy could not check a login code",
				"Could not poll a login push's status");
		assertThat(output).doesNotContain(code)
			.doesNotContain("99887766")
			.doesNotContain("55443322")
			.doesNotContain(uuid)
			.doesNotContain(Long.toString(TwoFactorTestApplication.BOB));
	}

	private List<AbstractAuthenticationEvent> stepEvents() {
		return this.application.events.stream()
			.filter((event) -> event.getAuthentication() instanceof AuthyFactorAuthentication)
			.toList();
	}

}
