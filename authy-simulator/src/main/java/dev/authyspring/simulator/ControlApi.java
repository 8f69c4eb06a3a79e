package dev.authyspring.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;

import static dev.authyspring.simulator.Json.object;

/**
 * The HTTP control API under {@code /simulator}: read the outbox and TOTP codes, approve
 * or deny OneTouch requests, inject faults, reset, and the "phone" page.
 */
final class ControlApi {

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

	private static final Pattern UUID_TEXT = Pattern.compile("[0-9A-Za-z-]{1,64}");

	private final AuthySimulator simulator;

	private final byte[] page;

	ControlApi(AuthySimulator simulator) {
		this.simulator = simulator;
		this.page = loadPage();
	}

	void handle(HttpExchange exchange, String path) throws IOException {
		String method = exchange.getRequestMethod();
		String[] s = path.split("/", -1);
		ApiResponse response;
		try {
			response = dispatch(exchange, method, s);
		}
		catch (BadRequestException ex) {
			response = ex.response();
		}
		catch (IllegalArgumentException ex) {
			response = error(400, ex.getMessage());
		}
		if (response == null) {
			SimulatorHttpHandler.send(exchange, 200, this.page, "text/html; charset=utf-8", Map.of());
			return;
		}
		SimulatorHttpHandler.send(exchange, response);
	}

	private @Nullable ApiResponse dispatch(HttpExchange exchange, String method, String[] s) throws IOException {
		boolean get = "GET".equals(method);
		boolean post = "POST".equals(method);
		if (s.length == 2 || (s.length == 3 && s[2].isEmpty())) {
			return get ? null : error(405, "Use GET");
		}
		String area = s[2];
		if ("messages".equals(area) && s.length == 3 && get) {
			return ApiResponse.ok(messages(query(exchange).text("authy_id")));
		}
		if ("users".equals(area) && s.length == 3 && get) {
			return ApiResponse.ok(users());
		}
		if ("users".equals(area) && s.length == 5 && DIGITS.matcher(s[3]).matches()) {
			long authyId = Long.parseLong(s[3]);
			if ("totp".equals(s[4]) && get) {
				return totp(authyId);
			}
			if ("app".equals(s[4]) && post) {
				if (this.simulator.state().users().find(authyId) == null) {
					return error(404, "No user with Authy id " + authyId);
				}
				this.simulator.installApp(authyId);
				return ApiResponse.ok(object("authy_id", authyId, "app_installed", true, "success", true));
			}
		}
		if ("approval-requests".equals(area) && s.length == 3 && get) {
			return ApiResponse.ok(approvals(query(exchange).text("status")));
		}
		if ("approval-requests".equals(area) && s.length == 5 && post && UUID_TEXT.matcher(s[3]).matches()
				&& ("approve".equals(s[4]) || "deny".equals(s[4]))) {
			return decide(s[3], "approve".equals(s[4]));
		}
		if ("faults".equals(area) && s.length == 3) {
			if (get) {
				return ApiResponse.ok(this.simulator.faults().describe());
			}
			if (post) {
				return addFault(body(exchange));
			}
			if ("DELETE".equals(method)) {
				this.simulator.clearFaults();
				return ApiResponse.ok(object("success", true));
			}
		}
		if ("callback".equals(area) && s.length == 3 && post) {
			RequestParameters params = body(exchange);
			String url = params.text("url");
			if (url == null) {
				this.simulator.clearCallbackUrl();
			}
			else {
				String callbackMethod = params.text("method");
				this.simulator.callbackUrl(url, (callbackMethod != null)
						? CallbackMethod.valueOf(callbackMethod.toUpperCase(Locale.ROOT)) : CallbackMethod.POST);
			}
			return ApiResponse.ok(object("url", url, "success", true));
		}
		if ("reset".equals(area) && s.length == 3 && post) {
			this.simulator.reset();
			return ApiResponse.ok(object("message", "Simulator reset.", "success", true));
		}
		return error(404, "No such simulator resource");
	}

	private List<Map<String, Object>> messages(@Nullable String authyId) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Message message : this.simulator.messages()) {
			if (authyId != null && (message.authyId() == null || !authyId.equals(message.authyId().toString()))) {
				continue;
			}
			result.add(object("id", message.id(), "authy_id", message.authyId(), "country_code",
					message.countryCode(), "phone_number", message.phoneNumber(), "via", message.via(), "kind",
					message.kind(), "code", message.code(), "sent_at", message.sentAt().toString(), "expires_at",
					message.expiresAt().toString(), "locale", message.locale()));
		}
		return result;
	}

	private List<Map<String, Object>> users() {
		List<Map<String, Object>> result = new ArrayList<>();
		for (User found : this.simulator.state().users().all()) {
			User.Snapshot user = found.snapshot();
			result.add(object("authy_id", user.id(), "country_code", user.countryCode(), "phone_number",
					user.digits(), "emails", user.emails(), "registered", user.registered(), "app_installed",
					user.appInstalled()));
		}
		return result;
	}

	private ApiResponse totp(long authyId) {
		try {
			return ApiResponse.ok(object("authy_id", authyId, "code", this.simulator.totp(authyId),
					"seconds_remaining", Totp.secondsRemaining(this.simulator.state().now())));
		}
		catch (IllegalStateException ex) {
			return error(409, ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			return error(404, ex.getMessage());
		}
	}

	private List<Map<String, Object>> approvals(@Nullable String status) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Approval approval : this.simulator.approvals()) {
			if (status != null && !status.equals(approval.status())) {
				continue;
			}
			result.add(object("uuid", approval.uuid(), "authy_id", approval.authyId(), "message", approval.message(),
					"details", approval.details(), "status", approval.status(), "created_at",
					approval.createdAt().toString(), "expires_at",
					(approval.expiresAt() != null) ? approval.expiresAt().toString() : null));
		}
		return result;
	}

	private ApiResponse decide(String uuid, boolean approve) {
		CallbackResult result;
		try {
			result = (approve ? this.simulator.approve(uuid) : this.simulator.deny(uuid)).get(
					this.simulator.callbackTimeout().multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (IllegalArgumentException ex) {
			return error(404, ex.getMessage());
		}
		catch (IllegalStateException ex) {
			return error(409, ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return error(503, "Interrupted");
		}
		catch (ExecutionException | TimeoutException ex) {
			result = CallbackResult.failed("callback delivery did not finish");
		}
		return ApiResponse.ok(object("uuid", uuid, "status", approve ? "approved" : "denied", "callback",
				object("attempted", result.attempted(), "status", result.status(), "error", result.error()),
				"success", true));
	}

	private ApiResponse addFault(RequestParameters params) {
		String endpointName = params.text("endpoint");
		Endpoint endpoint = (endpointName != null) ? Endpoint.of(endpointName) : Endpoint.ANY;
		String type = params.text("type");
		if (type == null) {
			return error(400, "'type' is required: latency, status, html, malformed, drop, process_then_drop or duplicate");
		}
		int times = intParam(params, "count", 1);
		Fault fault = switch (type.toLowerCase(Locale.ROOT)) {
			case "latency" -> Fault.latency(Duration.ofMillis(intParam(params, "delay_ms", 1000)));
			case "status" -> {
				String retryAfter = params.text("retry_after");
				yield Fault.status(intParam(params, "status", 503),
						(retryAfter != null) ? Duration.ofSeconds(intParam(params, "retry_after", 0)) : null);
			}
			case "malformed", "malformed_body" -> Fault.malformedBody();
			case "drop", "drop_connection" -> Fault.dropConnection();
			case "process_then_drop" -> Fault.processThenDrop();
			case "html", "html_status" -> Fault.htmlStatus(intParam(params, "status", 500));
			case "duplicate" -> Fault.duplicate();
			default -> throw new IllegalArgumentException(
					"Unknown fault type; use latency, status, html, malformed, drop, process_then_drop or duplicate");
		};
		this.simulator.injectFault(endpoint, fault, times);
		return ApiResponse.ok(object("endpoint", endpoint.key(), "type", fault.type().name().toLowerCase(Locale.ROOT),
				"count", times, "success", true));
	}

	private static int intParam(RequestParameters params, String name, int fallback) {
		String value = params.text(name);
		if (value == null) {
			return fallback;
		}
		if (!value.matches("[0-9]{1,9}")) {
			throw new IllegalArgumentException("'" + name + "' must be a non-negative integer");
		}
		return Integer.parseInt(value);
	}

	private static RequestParameters query(HttpExchange exchange) {
		return RequestParameters.parse(exchange.getRequestURI().getRawQuery(), null, new byte[0]);
	}

	private static RequestParameters body(HttpExchange exchange) throws IOException {
		return RequestParameters.parse(exchange.getRequestURI().getRawQuery(),
				exchange.getRequestHeaders().getFirst("Content-Type"), SimulatorHttpHandler.readBody(exchange));
	}

	private static ApiResponse error(int status, @Nullable String message) {
		return ApiResponse.of(status, object("message", message, "success", false));
	}

	private static byte[] loadPage() {
		try (InputStream in = ControlApi.class.getResourceAsStream("simulator.html")) {
			if (in == null) {
				return "Simulator page missing".getBytes(StandardCharsets.UTF_8);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the simulator page", ex);
		}
	}

}
