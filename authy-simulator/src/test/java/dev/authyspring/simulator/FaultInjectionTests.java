package dev.authyspring.simulator;

import java.io.UncheckedIOException;
import java.time.Duration;

import dev.authyspring.simulator.junit.AuthySimulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.core.JacksonException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of fault injection for resilience tests.
 */
@ExtendWith(AuthySimulatorExtension.class)
class FaultInjectionTests {

	static AuthySimulator simulator;

	static Http http;

	@BeforeAll
	static void connect(AuthySimulator started) {
		simulator = started;
		http = new Http(started);
	}

	@Test
	void delaysTheNextRequest() {
		simulator.injectFault(Endpoint.APP_DETAILS, Fault.latency(Duration.ofMillis(700)));
		long started = System.nanoTime();
		Http.Response slow = http.get("/protected/json/app/details");
		Duration slowTime = Duration.ofNanos(System.nanoTime() - started);
		started = System.nanoTime();
		http.get("/protected/json/app/details");
		Duration fastTime = Duration.ofNanos(System.nanoTime() - started);
		assertThat(slow.status()).isEqualTo(200);
		assertThat(slowTime).isGreaterThanOrEqualTo(Duration.ofMillis(700));
		assertThat(fastTime).isLessThan(Duration.ofMillis(700));
	}

	@Test
	void answersWithStatusAndRetryAfterForTheGivenNumberOfRequests() {
		simulator.injectFault(Endpoint.SMS, Fault.status(429, Duration.ofSeconds(2)), 2);
		long id = simulator.registerUser("a@example.com", 1, "2015550123");
		Http.Response first = http.get("/protected/json/sms/" + id);
		Http.Response second = http.get("/protected/json/sms/" + id);
		Http.Response third = http.get("/protected/json/sms/" + id);
		assertThat(first.status()).isEqualTo(429);
		assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
		assertThat(first.at("error_code")).isEqualTo("60003");
		assertThat(second.status()).isEqualTo(429);
		assertThat(third.status()).isEqualTo(200);
		assertThat(simulator.messages()).hasSize(1);
	}

	@Test
	void processThenDropSendsTheSmsAndCutsTheAnswer() {
		long id = simulator.registerUser("drop@example.com", 1, "2015550124");
		int before = simulator.messages().size();
		long requests = simulator.requestsReceived(Endpoint.SMS);
		simulator.injectFault(Endpoint.SMS, Fault.processThenDrop());
		assertThatException().isThrownBy(() -> http.get("/protected/json/sms/" + id));
		assertThat(simulator.messages()).hasSize(before + 1);
		assertThat(simulator.requestsReceived(Endpoint.SMS)).isEqualTo(requests + 1);
	}

	@Test
	void htmlStatusAnswersAProxyPage() {
		simulator.injectFault(Endpoint.APP_DETAILS, Fault.htmlStatus(502));
		Http.Response page = http.get("/protected/json/app/details");
		assertThat(page.status()).isEqualTo(502);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<h1>502 Error</h1>");
	}

	@Test
	void countsRequestsPerEndpointFaultedOrNot() {
		long before = simulator.requestsReceived(Endpoint.APP_STATS);
		simulator.injectFault(Endpoint.APP_STATS, Fault.status(503, null));
		http.get("/protected/json/app/stats");
		http.get("/protected/json/app/stats");
		assertThat(simulator.requestsReceived(Endpoint.APP_STATS)).isEqualTo(before + 2);
	}

	@Test
	void onlyCallbacksCanBeDuplicatedAndCallbacksOnlyDelayedOrDuplicated() {
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.injectFault(Endpoint.SMS, Fault.duplicate()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> simulator.injectFault(Endpoint.CALLBACK, Fault.status(503, null)));
	}

	@Test
	void faultOnOneEndpointLeavesOthersAlone() {
		simulator.injectFault(Endpoint.PHONE_INFO, Fault.status(503, null));
		assertThat(http.get("/protected/json/app/details").status()).isEqualTo(200);
		Http.Response info = http.get("/protected/json/phones/info?country_code=1&phone_number=2015550123");
		assertThat(info.status()).isEqualTo(503);
		assertThat(info.headers().firstValue("Retry-After")).isEmpty();
	}

	@Test
	void serverErrorOnPhoneInfoHasTheRecordedBody() {
		simulator.injectFault(Endpoint.PHONE_INFO, Fault.status(500, null));
		Http.Response info = http.get("/protected/json/phones/info?country_code=1&phone_number=7754615609");
		assertThat(info.status()).isEqualTo(500);
		assertThat(info.body()).isEqualTo(
				"{\"error_code\":\"60025\",\"message\":\"Server error while querying phone information. Please try again later\",\"errors\":{\"message\":\"Server error while querying phone information. Please try again later\"},\"success\":false}");
	}

	@Test
	void answersWithMalformedBody() {
		simulator.injectFault(Endpoint.ANY, Fault.malformedBody());
		Http.Response response = http.get("/protected/json/app/details");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).startsWith("\"app\":");
		assertThatExceptionOfType(JacksonException.class).isThrownBy(response::json);
		assertThat(http.get("/protected/json/app/details").json()).containsKey("app");
	}

	@Test
	void dropsTheConnection() {
		simulator.injectFault(Endpoint.APP_STATS, Fault.dropConnection());
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> http.get("/protected/json/app/stats"));
		assertThat(http.get("/protected/json/app/stats").status()).isEqualTo(200);
	}

	@Test
	void injectsFaultsOverHttp() {
		Http.Response added = http.postJson("/simulator/faults",
				"{\"endpoint\":\"verify\",\"type\":\"status\",\"status\":503,\"retry_after\":5,\"count\":1}");
		assertThat(added.status()).isEqualTo(200);
		assertThat(http.get("/simulator/faults").body()).contains("\"endpoint\":\"verify\"");
		long id = simulator.registerUser("a@example.com", 1, "2015550123");
		Http.Response response = http.get("/protected/json/verify/1234567/" + id);
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(http.postJson("/simulator/faults", "{\"type\":\"explode\"}").status()).isEqualTo(400);
		assertThat(http.postJson("/simulator/faults", "{\"type\":\"drop\",\"endpoint\":\"nowhere\"}").status())
			.isEqualTo(400);
	}

	@Test
	void refusesUnboundedLatency() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.latency(Duration.ofMinutes(5)));
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.status(42, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> simulator.injectFault(Endpoint.SMS, Fault.malformedBody(), 0));
	}

}
