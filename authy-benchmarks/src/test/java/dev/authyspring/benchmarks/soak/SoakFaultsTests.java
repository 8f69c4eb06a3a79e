package dev.authyspring.benchmarks.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.authyspring.simulator.Endpoint;
import dev.authyspring.simulator.Fault;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SoakFaultsTests {

	private static final Duration READ_TIMEOUT = Duration.ofMillis(300);

	private final List<Map.Entry<Endpoint, Fault>> armed = new ArrayList<>();

	private final SplittableRandom random = new SplittableRandom(42);

	private SoakFaults faults(double rate) {
		return new SoakFaults((endpoint, fault) -> this.armed.add(Map.entry(endpoint, fault)), rate, READ_TIMEOUT);
	}

	@Test
	void countsEveryRequestButTheStatusPoll() {
		SoakFaults faults = faults(0);
		faults.request(Endpoint.SMS, this.random);
		faults.request(Endpoint.SMS, this.random);
		faults.request(Endpoint.VERIFY_TOKEN, this.random);
		faults.request(Endpoint.APPROVAL_REQUEST_STATUS, this.random);
		faults.callback(this.random);
		assertThat(faults.made(Endpoint.SMS)).isEqualTo(2);
		assertThat(faults.made(Endpoint.VERIFY_TOKEN)).isEqualTo(1);
		assertThat(faults.made(Endpoint.APPROVAL_REQUEST_STATUS)).isZero();
		assertThat(faults.made(Endpoint.CALL)).isZero();
		assertThat(faults.injected()).isEmpty();
		assertThat(this.armed).isEmpty();
	}

	@Test
	void aRequestIsFaultedOnItsOwnEndpointWithARequestFault() {
		SoakFaults faults = faults(1);
		for (int i = 0; i < 300; i++) {
			faults.request(Endpoint.CALL, this.random);
			faults.request(Endpoint.APPROVAL_REQUEST_STATUS, this.random);
		}
		assertThat(this.armed).hasSize(600)
			.noneSatisfy((fault) -> assertThat(fault.getValue().type()).isEqualTo(Fault.Type.DUPLICATE));
		for (int i = 0; i < 600; i++) {
			Endpoint requested = (i % 2 == 0) ? Endpoint.CALL : Endpoint.APPROVAL_REQUEST_STATUS;
			assertThat(this.armed.get(i).getKey()).isEqualTo(requested);
		}
		assertThat(faults.injected().keySet()).containsExactlyInAnyOrderElementsOf(SoakFault.REQUEST_FAULTS);
		assertThat(faults.injected().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(600);
	}

	@Test
	void aCallbackIsFaultedOnTheCallbackWithACallbackFault() {
		SoakFaults faults = faults(1);
		for (int i = 0; i < 100; i++) {
			faults.callback(this.random);
		}
		assertThat(this.armed).hasSize(100).allSatisfy((fault) -> {
			assertThat(fault.getKey()).isEqualTo(Endpoint.CALLBACK);
			assertThat(fault.getValue().type()).isIn(Fault.Type.LATENCY, Fault.Type.DUPLICATE);
		});
		assertThat(faults.injected().keySet()).containsExactlyInAnyOrderElementsOf(SoakFault.CALLBACK_FAULTS);
		assertThat(faults.made(Endpoint.CALLBACK)).isZero();
	}

	@Test
	void faultsTheShareOfRequestsItIsAsked() {
		SoakFaults faults = faults(0.1);
		for (int i = 0; i < 10_000; i++) {
			faults.request(Endpoint.VERIFY_TOKEN, this.random);
		}
		assertThat(this.armed).hasSizeBetween(900, 1_100);
	}

	@Test
	void aLatencyFaultOutlastsTheReadTimeout() {
		SoakFaults faults = faults(1);
		while (!faults.injected().containsKey(SoakFault.LATENCY_PAST_READ_TIMEOUT)) {
			faults.request(Endpoint.SMS, this.random);
		}
		Fault latency = this.armed.get(this.armed.size() - 1).getValue();
		assertThat(latency.type()).isEqualTo(Fault.Type.LATENCY);
		assertThat(latency.delay()).isGreaterThan(READ_TIMEOUT);
	}

	@Test
	void theSameSeedArmsTheSameFaults() {
		SoakFaults faults = faults(0.5);
		for (int run = 0; run < 2; run++) {
			SplittableRandom seeded = new SplittableRandom(6);
			for (int i = 0; i < 50; i++) {
				faults.request(Endpoint.SMS, seeded);
				faults.callback(seeded);
			}
		}
		int half = this.armed.size() / 2;
		assertThat(this.armed.subList(0, half)).isEqualTo(this.armed.subList(half, this.armed.size()));
	}

}
