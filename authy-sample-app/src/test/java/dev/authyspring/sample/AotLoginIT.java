package dev.authyspring.sample;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.simulator.AuthySimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AOT-processed sample app (the build's {@code process-aot}), run with
 * {@code -Dspring.aot.enabled=true} as a native image would run it: its generated bean
 * definitions instead of configuration classes, through full two-factor logins over HTTP,
 * by SMS code and by a push whose signed callback comes back from the simulator.
 */
class AotLoginIT {

	private static ConfigurableApplicationContext context;

	private static int port;

	@BeforeAll
	static void startTheProcessedApplication() {
		assertThat(AotDetector.useGeneratedArtifacts()).as("spring.aot.enabled").isTrue();
		assertThat(ClassUtils.isPresent("dev.authyspring.sample.SampleApplication__ApplicationContextInitializer",
				AotLoginIT.class.getClassLoader()))
			.as("process-aot ran")
			.isTrue();
		// The main class names the generated initializer; a test runner's would not have
		// one.
		context = new SpringApplicationBuilder(SampleApplication.class).main(SampleApplication.class)
			.run("--server.port=0",
					"--spring.datasource.url=jdbc:h2:mem:aot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void logsInWithPasswordAndSmsCode() {
		HttpVisitor visitor = new HttpVisitor(port);
		AppUser user = signUpAndEnterPassword(visitor);
		visitor.get(Visitor.SECOND_STEP);
		assertThat(HttpVisitor.location(visitor.post("/login/authy/sms"))).endsWith("/login/authy?sent=sms");
		String code = context.getBean(AuthySimulator.class).lastCode(user.authyId());
		assertThat(HttpVisitor.location(visitor.post("/login/authy/code", "code", code))).endsWith("/account?continue");
		assertThat(visitor.get("/account").body()).contains("Logged in as", user.email());
	}

	@Test
	void logsInWithPasswordAndAnApprovedPush() throws Exception {
		HttpVisitor visitor = new HttpVisitor(port);
		AppUser user = signUpAndEnterPassword(visitor);
		AuthySimulator simulator = context.getBean(AuthySimulator.class);
		simulator.installApp(user.authyId());
		visitor.get(Visitor.SECOND_STEP);
		assertThat(HttpVisitor.location(visitor.post("/login/authy/push"))).contains("/login/authy");
		String uuid = simulator.pendingApprovals()
			.stream()
			.filter((approval) -> approval.authyId() == user.authyId())
			.findFirst()
			.orElseThrow()
			.uuid();
		// The simulator signs the callback and posts it to this application's endpoint.
		assertThat(simulator.approve(uuid).get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
		visitor.get("/login/authy?push");
		assertThat(HttpVisitor.location(visitor.post("/login/authy/push/complete"))).endsWith("/account?continue");
		assertThat(visitor.get("/account").body()).contains("Logged in as", user.email());
	}

	@Test
	void healthShowsAuthyUp() {
		HttpResponse<String> health = new HttpVisitor(port).get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"authy\":{\"status\":\"UP\"");
	}

	private static AppUser signUpAndEnterPassword(HttpVisitor visitor) {
		String email = Visitor.newEmail();
		visitor.get("/signup");
		assertThat(HttpVisitor.location(visitor.post("/signup", "email", email, "password", "correct horse",
				"countryCode", "1", "phoneNumber", Visitor.newPhoneNumber())))
			.endsWith("/login");
		visitor.get("/login");
		assertThat(HttpVisitor.location(visitor.post("/login", "email", email, "password", "correct horse")))
			.endsWith("/account");
		assertThat(HttpVisitor.location(visitor.get("/account"))).endsWith(Visitor.SECOND_STEP);
		return context.getBean(AppUserRepository.class).findByEmail(email).orElseThrow();
	}

}
