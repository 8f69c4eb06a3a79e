package dev.authyspring.client;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.authyspring.client.model.Via;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The DEBUG line of each attempt says what happened without any personal data.
 */
class AuthyLoggingTests extends AuthyWireMockTestSupport {

	Logger logger;

	Level previousLevel;

	ListAppender<ILoggingEvent> appender;

	@BeforeEach
	void captureDebugLines() {
		this.logger = (Logger) LoggerFactory.getLogger(AuthyHttp.class);
		this.previousLevel = this.logger.getLevel();
		this.logger.setLevel(Level.DEBUG);
		this.appender = new ListAppender<>();
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	@AfterEach
	void stopCapturing() {
		this.logger.detachAppender(this.appender);
		this.logger.setLevel(this.previousLevel);
	}

	List<String> lines() {
		return this.appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	@Test
	void debugLinesNameOperationResultAndAttemptOnly() {
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/verify/987654/81547"))
			.willReturn(recorded(401, "authy-java/verify-401-60020.json")));
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/phones/verification/check"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/phones/verification/start"))
			.willReturn(recorded(200, "authy-java/verification-start-sms-en-200.json")));
		wireMock.stubFor(post(urlPathEqualTo("/protected/json/users/new"))
			.willReturn(recorded(400, "authy-java/users-new-400-60027.json")));
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/app/details")).inScenario("retry")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		wireMock.stubFor(get(urlPathEqualTo("/protected/json/app/details")).inScenario("retry")
			.whenScenarioStateIs("up")
			.willReturn(recorded(200, "co-authy/app-details-200.json")));

		this.client.tokens().verify(81547, "987654");
		assertThatExceptionOfType(AuthyTransportException.class)
			.isThrownBy(() -> this.client.phones().verificationCheck("775-461-5609", 1, "4321"));
		this.client.phones().verificationStart("775-461-5609", 1, Via.SMS);
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.users().create("alice.smith@example.com", "3003003333", 57));
		this.client.apps().details();

		assertThat(lines()).anySatisfy(
				(line) -> assertThat(line).startsWith("Authy tokens.verify HTTP 401 in ").endsWith("(attempt 1)"));
		assertThat(lines()).anySatisfy((line) -> assertThat(line).startsWith("Authy phones.verificationCheck failed"));
		assertThat(lines()).anySatisfy((line) -> assertThat(line).startsWith("Authy apps.details HTTP 503"));
		assertThat(lines())
			.anySatisfy((line) -> assertThat(line).startsWith("Authy apps.details HTTP 200").endsWith("(attempt 2)"));
		assertThat(lines()).allSatisfy((line) -> assertThat(line).doesNotContain("987654")
			.doesNotContain("81547")
			.doesNotContain("461-5609")
			.doesNotContain("4321")
			.doesNotContain("alice")
			.doesNotContain("3003003333")
			.doesNotContain(API_KEY)
			.doesNotContain("/protected"));
	}

}
