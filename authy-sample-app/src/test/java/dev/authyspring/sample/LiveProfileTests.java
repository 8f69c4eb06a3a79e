package dev.authyspring.sample;

import dev.authyspring.autoconfigure.AuthyConnectionDetails;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.simulator.AuthySimulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the {@code live} profile and an API key, the application talks to real Authy: no
 * simulator is started and no page links to one. Nothing here calls Authy.
 */
@SpringBootTest(properties = "AUTHY_API_KEY=live-key-for-tests")
@AutoConfigureMockMvc
@ActiveProfiles("live")
class LiveProfileTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AuthyClient authyClient;

	@Autowired
	private MockMvc mvc;

	@Test
	void theLiveProfileUsesRealAuthyAndNoSimulator() {
		assertThat(this.context.getBeanProvider(AuthySimulator.class).getIfAvailable()).isNull();
		assertThat(this.context.getBean(AuthyConnectionDetails.class).getBaseUrl())
			.isEqualTo(AuthyClient.DEFAULT_BASE_URL);
		assertThat(this.authyClient.baseUrl()).isEqualTo(AuthyClient.DEFAULT_BASE_URL);
		assertThat(this.context.getEnvironment().getProperty("authy.api-key")).isEqualTo("live-key-for-tests");
	}

	@Test
	void pagesDoNotLinkToASimulatedPhone() {
		String home = Visitor.text(new Visitor(this.mvc).get("/"));
		assertThat(home).contains("Two-factor login with Authy").doesNotContain("phone-link", "simulator");
	}

}
