package dev.authyspring.benchmarks.soak;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import dev.authyspring.benchmarks.soak.FaultSoak.Method;
import dev.authyspring.benchmarks.soak.SoakBrowser.Answer;
import dev.authyspring.simulator.Approval;
import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.Endpoint;
import org.jspecify.annotations.Nullable;

/**
 * Takes the soak's logins through the application as a user would: the password, then the
 * user's second step, each in a browser of its own, with the Authy requests of every step
 * counted and faulted before it is taken.
 */
final class SoakLogins {

	private final AuthySimulator simulator;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private final SoakFaults faults;

	private final SoakCallbacks callbacks;

	private final Duration timeBound;

	private final Set<String> seenApprovals = ConcurrentHashMap.newKeySet();

	/**
	 * Creates the logins of a soak.
	 * @param simulator the simulated Authy, which also plays the users' phones
	 * @param baseUrl the application's
	 * @param faults counts and faults the Authy requests of each step
	 * @param callbacks where approved pushes are recorded
	 * @param timeBound the longest a login may wait for its push
	 */
	SoakLogins(AuthySimulator simulator, String baseUrl, SoakFaults faults, SoakCallbacks callbacks,
			Duration timeBound) {
		this.simulator = simulator;
		this.baseUrl = baseUrl;
		this.faults = faults;
		this.callbacks = callbacks;
		this.timeBound = timeBound;
	}

	/**
	 * Logs a user in.
	 * @param authyId the user's
	 * @param method the user's second step
	 * @param random the login's random choices
	 * @return {@code logged_in}, or the typed error the application showed
	 */
	String logIn(long authyId, Method method, SplittableRandom random) {
		SoakBrowser browser = new SoakBrowser(this.client, this.baseUrl);
		if (!browser.logIn("user-" + authyId, SoakApplication.PASSWORD)) {
			return "password_refused";
		}
		Answer answer = switch (method) {
			case SMS, CALL -> code(browser, authyId, method, random);
			case TOTP -> verify(browser, this.simulator.totp(authyId), "totp", random);
			case PUSH -> push(browser, authyId, random);
		};
		if (answer.authenticated()) {
			return (browser.get("/home").status() == 200) ? "logged_in" : "logged_in_but_refused";
		}
		String error = answer.error();
		return (error != null) ? error : "undefined (HTTP " + answer.status() + ")";
	}

	private Answer code(SoakBrowser browser, long authyId, Method method, SplittableRandom random) {
		Endpoint endpoint = (method == Method.SMS) ? Endpoint.SMS : Endpoint.CALL;
		String before = lastCode(authyId);
		this.faults.request(endpoint, random);
		Answer sent = browser.post((method == Method.SMS) ? "/login/authy/sms" : "/login/authy/call", "");
		if (sent.status() != 202) {
			return sent;
		}
		String code = lastCode(authyId);
		if (code == null || code.equals(before)) {
			return new Answer(-1, "", null);
		}
		return verify(browser, code, method.name().toLowerCase(Locale.ROOT), random);
	}

	private Answer verify(SoakBrowser browser, String code, String method, SplittableRandom random) {
		this.faults.request(Endpoint.VERIFY_TOKEN, random);
		return browser.post("/login/authy/code", "code=" + code + "&method=" + method);
	}

	private Answer push(SoakBrowser browser, long authyId, SplittableRandom random) {
		this.faults.request(Endpoint.CREATE_APPROVAL_REQUEST, random);
		Answer sent = browser.post("/login/authy/push", "");
		if (sent.status() != 202) {
			return sent;
		}
		String uuid = newApproval(authyId);
		if (uuid == null) {
			return new Answer(-1, "", null);
		}
		this.faults.callback(random);
		this.callbacks.approved(uuid, this.simulator.approve(uuid));
		long deadline = System.nanoTime() + this.timeBound.toNanos();
		boolean first = true;
		while (System.nanoTime() < deadline) {
			if (first) {
				// The status poll the application may make when the callback is slow.
				this.faults.request(Endpoint.APPROVAL_REQUEST_STATUS, random);
				first = false;
			}
			Answer status = browser.get("/login/authy/push");
			if (status.status() != 200) {
				return status;
			}
			if ("approved".equals(status.text("push"))) {
				return browser.post("/login/authy/push/complete", "");
			}
			pause();
		}
		return new Answer(-1, "", null);
	}

	/** A browser polls a few times a second. */
	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private @Nullable String lastCode(long authyId) {
		return this.simulator.lastMessage(authyId).map((message) -> message.code()).orElse(null);
	}

	/**
	 * The push this login just sent: the user's newest. An older one still pending was
	 * sent by an earlier login whose request Authy answered too late, as the phone shows
	 * it too.
	 */
	private @Nullable String newApproval(long authyId) {
		String newest = null;
		for (Approval approval : this.simulator.pendingApprovals()) {
			if (approval.authyId() == authyId && this.seenApprovals.add(approval.uuid())) {
				newest = approval.uuid();
			}
		}
		return newest;
	}

}
