package dev.authyspring.benchmarks.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.authyspring.benchmarks.soak.FaultSoak.LoginResult;
import dev.authyspring.benchmarks.soak.FaultSoak.Method;
import dev.authyspring.benchmarks.soak.FaultSoak.Settings;
import dev.authyspring.simulator.Endpoint;
import dev.authyspring.simulator.Fault;

/**
 * What a fault soak did, what it found, and the markdown of {@code docs/reliability.md}.
 *
 * @param settings what ran
 * @param logins every login's method, outcome and duration
 * @param elapsed how long the whole soak took
 * @param injected faults the driver armed, by kind
 * @param applied faults the simulator applied, by type
 * @param apiRequests requests the simulator's API received
 * @param pushes pushes approved on the simulated phone
 * @param requests per endpoint: the requests the application was asked to make (one per
 * login step) and those the simulator received
 * @param callbacksDelivered approved pushes whose callback the application accepted
 * @param callbacksUndelivered approved pushes whose callback never got a 2xx (Authy would
 * redeliver); their logins completed by polling
 * @param lost accepted callbacks without an event
 * @param duplicatedEvents approval requests with more than one event
 */
public record SoakReport(Settings settings, List<LoginResult> logins, Duration elapsed, Map<SoakFault, Long> injected,
		Map<Fault.Type, Long> applied, long apiRequests, int pushes, Map<Endpoint, long[]> requests,
		int callbacksDelivered, int callbacksUndelivered, int lost, int duplicatedEvents) {

	/**
	 * Logins that did not end in a definite state: neither logged in nor a typed error.
	 */
	public long undefined() {
		return this.logins.stream().filter((login) -> login.outcome().startsWith("undefined")).count();
	}

	/** Logins that took longer than the time bound. */
	public long overTimeBound() {
		return this.logins.stream()
			.filter((login) -> login.duration().compareTo(this.settings.timeBound()) > 0)
			.count();
	}

	/** Requests the simulator received more often than the application made them. */
	public long sentTwice() {
		return this.requests.values().stream().mapToLong((counts) -> Math.max(0, counts[1] - counts[0])).sum();
	}

	public long faultsApplied() {
		return this.applied.values().stream().mapToLong(Long::longValue).sum();
	}

	public Map<String, Long> outcomes() {
		return this.logins.stream()
			.collect(Collectors.groupingBy(LoginResult::outcome, TreeMap::new, Collectors.counting()));
	}

	public Duration percentile(double percentile) {
		List<Duration> sorted = this.logins.stream().map(LoginResult::duration).sorted().toList();
		if (sorted.isEmpty()) {
			return Duration.ZERO;
		}
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(percentile / 100 * sorted.size()) - 1);
		return sorted.get(Math.max(0, index));
	}

	/** What went wrong, empty when every check holds. */
	public List<String> failures() {
		List<String> failures = new ArrayList<>();
		if (undefined() > 0) {
			failures.add(undefined() + " logins ended in no definite state");
		}
		if (overTimeBound() > 0) {
			failures.add(overTimeBound() + " logins took longer than " + this.settings.timeBound().toMillis() + " ms");
		}
		if (sentTwice() > 0) {
			failures.add(sentTwice() + " Authy requests reached the simulator more often than they were made");
		}
		if (this.lost > 0) {
			failures.add(this.lost + " accepted callbacks published no event");
		}
		if (this.duplicatedEvents > 0) {
			failures.add(this.duplicatedEvents + " approval requests published more than one event");
		}
		return failures;
	}

	public String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("## Figures\n\n");
		md.append("| | |\n|---|---|\n");
		row(md, "logins", String.valueOf(this.logins.size()));
		row(md, "users, logins at once", this.settings.users() + ", " + this.settings.threads());
		row(md, "fault rate asked", percent(this.settings.faultRate()));
		row(md, "Authy API requests received", String.valueOf(this.apiRequests));
		row(md, "faults applied",
				this.faultsApplied() + " ("
						+ percent((double) faultsApplied() / Math.max(1, this.apiRequests + this.pushes))
						+ " of API requests and callbacks)");
		row(md, "login duration p50 / p99 / max",
				millis(percentile(50)) + " / " + millis(percentile(99)) + " / " + millis(percentile(100)));
		row(md, "time bound", millis(this.settings.timeBound()) + ", exceeded by " + overTimeBound());
		row(md, "logins in no definite state", String.valueOf(undefined()));
		row(md, "SMS, calls, pushes or verifications sent twice", String.valueOf(sentTwice()));
		row(md, "pushes approved; callbacks accepted / never accepted",
				this.pushes + "; " + this.callbacksDelivered + " / " + this.callbacksUndelivered);
		row(md, "callback events lost / duplicated", this.lost + " / " + this.duplicatedEvents);
		row(md, "whole soak", millis(this.elapsed));
		md.append("\n## Faults\n\n| kind | armed by the driver |\n|---|---|\n");
		this.injected.forEach((fault, count) -> row(md, fault.name().toLowerCase(Locale.ROOT), String.valueOf(count)));
		md.append("\n| type | applied by the simulator |\n|---|---|\n");
		this.applied.forEach((type, count) -> row(md, type.name().toLowerCase(Locale.ROOT), String.valueOf(count)));
		md.append("\n## Outcomes\n\n| method | outcome | logins |\n|---|---|---|\n");
		for (Method method : Method.values()) {
			this.logins.stream()
				.filter((login) -> login.method() == method)
				.collect(Collectors.groupingBy(LoginResult::outcome, TreeMap::new, Collectors.counting()))
				.forEach((outcome, count) -> md.append("| ")
					.append(method.name().toLowerCase(Locale.ROOT))
					.append(" | ")
					.append(outcome)
					.append(" | ")
					.append(count)
					.append(" |\n"));
		}
		md.append(
				"\n## Requests made and received\n\n| endpoint | made by the application | received by the simulator |\n|---|---|---|\n");
		this.requests.forEach((endpoint, counts) -> md.append("| ")
			.append(endpoint.key())
			.append(" | ")
			.append(counts[0])
			.append(" | ")
			.append(counts[1])
			.append(" |\n"));
		md.append("\n## Checks\n\n");
		List<String> failures = failures();
		if (failures.isEmpty()) {
			md.append("Every check holds.\n");
		}
		else {
			failures.forEach((failure) -> md.append("- FAILED: ").append(failure).append('\n'));
		}
		return md.toString();
	}

	private static void row(StringBuilder md, String name, String value) {
		md.append("| ").append(name).append(" | ").append(value).append(" |\n");
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f %%", share * 100);
	}

	private static String millis(Duration duration) {
		return duration.toMillis() + " ms";
	}

}
