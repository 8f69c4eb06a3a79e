package dev.authyspring.benchmarks.soak;

import java.util.EnumSet;

import dev.authyspring.benchmarks.soak.FaultSoak.Method;
import dev.authyspring.simulator.Fault;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault soak at 1,000 logins, as part of the build: every check holds, and the faults
 * and methods it claims to exercise were exercised.
 */
class FaultSoakTests {

	@Test
	void thousandLoginsWithTenPercentFaultsEndDefinitelyWithNothingSentTwiceAndNoEventLostOrDuplicated()
			throws Exception {
		SoakReport report = FaultSoak.run(FaultSoak.Settings.defaults().withLogins(1_000));
		System.out.println(report.markdown());
		assertThat(report.failures()).isEmpty();
		assertThat(report.logins()).hasSize(1_000);
		assertThat(report.undefined()).isZero();
		assertThat(report.sentTwice()).isZero();
		assertThat(report.lost()).isZero();
		assertThat(report.duplicatedEvents()).isZero();
		assertThat(report.injected().keySet()).containsExactlyInAnyOrder(SoakFault.values());
		assertThat(report.applied().keySet()).containsAll(EnumSet.of(Fault.Type.LATENCY, Fault.Type.STATUS,
				Fault.Type.HTML_STATUS, Fault.Type.MALFORMED_BODY, Fault.Type.PROCESS_THEN_DROP, Fault.Type.DUPLICATE));
		double share = (double) report.faultsApplied() / (report.apiRequests() + report.pushes());
		assertThat(share).isBetween(0.05, 0.15);
		for (Method method : Method.values()) {
			assertThat(report.logins()).filteredOn((login) -> login.method() == method)
				.anySatisfy((login) -> assertThat(login.outcome()).isEqualTo("logged_in"))
				.anySatisfy((login) -> assertThat(login.outcome()).isNotEqualTo("logged_in"));
		}
		assertThat(report.outcomes().get("logged_in")).isGreaterThan(700);
	}

}
