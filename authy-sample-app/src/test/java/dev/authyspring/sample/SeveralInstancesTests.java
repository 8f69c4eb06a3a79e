package dev.authyspring.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.core.testing.MutableClock;
import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.security.PushApprovalAnswers;
import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.CallbackMethod;
import dev.authyspring.simulator.CallbackResult;
import dev.authyspring.simulator.SimulatorOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Two instances of the application behind a load balancer, on one simulator and one
 * database, with a clock the test moves: Authy's callback reaches the other instance, and
 * codes and pushes expire.
 */
class SeveralInstancesTests {

	private static final MutableClock clock = new MutableClock(Instant.now());

	private static AuthySimulator simulator;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private Visitor visitor;

	private AppUser user;

	@BeforeAll
	static void startTwoInstances() {
		simulator = AuthySimulator
			.start(SimulatorOptions.builder().clock(clock).tokenValidity(Duration.ofMinutes(1)).build());
		String database = "jdbc:h2:mem:instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		first = start(database);
		second = start(database);
		// Authy calls the load balancer, which picked the second instance.
		int port = ((WebServerApplicationContext) second).getWebServer().getPort();
		simulator.callbackUrl("http://localhost:" + port + "/authy/onetouch/callback", CallbackMethod.POST);
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(SampleApplication.class)
			.initializers((context) -> context.getBeanFactory().registerSingleton("clock", clock))
			.run("--server.port=0", "--spring.datasource.url=" + database, "--app.simulator.enabled=false",
					"--authy.base-url=" + simulator.baseUrl(), "--authy.api-key=" + simulator.apiKey());
	}

	@AfterAll
	static void stop() {
		first.close();
		second.close();
		simulator.close();
	}

	@BeforeEach
	void logInOnTheFirstInstance() {
		this.visitor = new Visitor(
				MockMvcBuilders.webAppContextSetup((WebApplicationContext) first).apply(springSecurity()).build());
		this.user = this.visitor.signUpAndEnterPassword(Visitor.newEmail(), first.getBean(AppUserRepository.class));
	}

	@Test
	void callbackOnTheOtherInstanceStillCompletesTheLoginByPolling() throws Exception {
		this.visitor.post("/login/authy/push");
		String uuid = simulator.pendingApprovals()
			.stream()
			.filter((approval) -> approval.authyId() == this.user.authyId())
			.findFirst()
			.orElseThrow()
			.uuid();
		CallbackResult callback = simulator.approve(uuid).get(10, TimeUnit.SECONDS);
		assertThat(callback.successful()).as("callback delivered: %s", callback).isTrue();
		assertThat(second.getBean(PushApprovalAnswers.class).find(uuid, this.user.authyId()))
			.isEqualTo(ApprovalStatus.APPROVED);
		assertThat(first.getBean(PushApprovalAnswers.class).find(uuid, this.user.authyId())).isNull();
		assertThat(Visitor.text(this.visitor.getJson("/login/authy/push"))).isEqualTo("{\"push\":\"pending\"}");
		clock.advance(Duration.ofSeconds(2));
		assertThat(Visitor.text(this.visitor.getJson("/login/authy/push"))).isEqualTo("{\"push\":\"approved\"}");
		assertThat(this.visitor.post("/login/authy/push/complete").getResponse().getRedirectedUrl())
			.isEqualTo("http://localhost/account?continue");
		assertThat(Visitor.text(this.visitor.get("/account"))).contains("Logged in as", this.user.email());
	}

	@Test
	void anExpiredCodeDoesNotCompleteTheLogin() {
		this.visitor.post("/login/authy/sms");
		String code = simulator.lastCode(this.user.authyId());
		clock.advance(Duration.ofSeconds(61));
		MvcResult refused = this.visitor.post("/login/authy/code", "code", code);
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login/authy?error=invalid_code");
		assertThat(this.visitor.get("/account").getResponse().getRedirectedUrl()).isEqualTo(Visitor.SECOND_STEP);
		clock.advance(Duration.ofSeconds(30));
		this.visitor.post("/login/authy/sms");
		assertThat(this.visitor.post("/login/authy/code", "code", simulator.lastCode(this.user.authyId()))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("http://localhost/account?continue");
	}

	@Test
	void anUnansweredPushExpiresAndEndsTheLogin() {
		this.visitor.post("/login/authy/push");
		clock.advance(Duration.ofMinutes(2));
		MvcResult ended = this.visitor.post("/login/authy/push/complete");
		assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
		assertThat(Visitor.text(this.visitor.get("/login?ended")))
			.contains("The push expired before it was answered. Log in again.");
	}

}
