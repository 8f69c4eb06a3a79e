package dev.authyspring.sample;

import java.util.UUID;

import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.model.TokenRequestOptions;
import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.sample.user.UserService;
import dev.authyspring.simulator.AuthySimulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users survive a restart: they stay in the database, and the new embedded simulator
 * knows them again, so that their codes keep arriving.
 */
class RestartTests {

	@Test
	void usersSignedUpBeforeARestartCanStillGetCodes() {
		String database = "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		String email = Visitor.newEmail();
		String phone = Visitor.newPhoneNumber();
		try (ConfigurableApplicationContext first = start(database)) {
			// Someone else first: a new simulator that did not know the stored users
			// would give this one another id.
			first.getBean(UserService.class).signUp(Visitor.newEmail(), "correct horse", 1, Visitor.newPhoneNumber());
			first.getBean(UserService.class).signUp(email, "correct horse", 1, phone);
		}
		try (ConfigurableApplicationContext second = start(database)) {
			AppUser user = second.getBean(AppUserRepository.class).findByEmail(email).orElseThrow();
			AuthySimulator simulator = second.getBean(AuthySimulator.class);
			assertThat(user.authyId()).isEqualTo(simulator.registerUser(email, 1, phone));
			second.getBean(AuthyUsers.class).requestSms(user.authyId(), TokenRequestOptions.FORCED);
			assertThat(simulator.lastMessage(user.authyId()))
				.hasValueSatisfying((message) -> assertThat(message.phoneNumber()).isEqualTo(phone));
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database);
	}

}
