package dev.authyspring.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;

import static dev.authyspring.simulator.Json.object;

/**
 * The HTTP control API under {@code /simulator}: read the outbox and TOTP codes, approve
 * or deny OneTouch requests, inject faults, reset, and the "phone" page. One route table;
 * the handlers of each area live in a class of their own.
 */
final class ControlApi {

	private static final String AUTHY_ID = "{id:[0-9]{1,18}}";

	private static final String UUID = "{uuid:[0-9A-Za-z-]{1,64}}";

	private final Simulation simulation;

	private final byte[] page;

	private final RouteTable<Handler> routes;

	ControlApi(Simulation simulation) {
		this.simulation = simulation;
		this.page = loadPage();
		this.routes = routes(new OutboxControl(simulation), new UserControl(simulation),
				new ApprovalControl(simulation), new FaultControl(simulation));
	}

	private RouteTable<Handler> routes(OutboxControl outbox, UserControl users, ApprovalControl approvals,
			FaultControl faults) {
		Handler useGet = json((request) -> error(405, "Use GET"));
		return RouteTable.<Handler>builder()
			.get("/simulator", this::page)
			.get("/simulator/", this::page)
			.any("/simulator", useGet)
			.any("/simulator/", useGet)
			.get("/simulator/messages", json(outbox::messages))
			.get("/simulator/users", json(users::list))
			.get("/simulator/users/" + AUTHY_ID + "/totp", json(users::totp))
			.post("/simulator/users/" + AUTHY_ID + "/app", json(users::installApp))
			.get("/simulator/approval-requests", json(approvals::list))
			.post("/simulator/approval-requests/" + UUID + "/approve", json(approvals::approve))
			.post("/simulator/approval-requests/" + UUID + "/deny", json(approvals::deny))
			.get("/simulator/faults", json(faults::list))
			.post("/simulator/faults", json(faults::add))
			.delete("/simulator/faults", json(faults::clear))
			.post("/simulator/callback", json(this::callback))
			.post("/simulator/reset", json(this::reset))
			.build();
	}

	void handle(HttpExchange exchange, String path) throws IOException {
		RouteTable.Match<Handler> match = this.routes.match(exchange.getRequestMethod(), path);
		if (match == null) {
			SimulatorHttpHandler.send(exchange, error(404, "No such simulator resource"));
			return;
		}
		match.handler().handle(new ControlRequest(exchange, match.variables()));
	}

	private void page(ControlRequest request) throws IOException {
		SimulatorHttpHandler.send(request.exchange(), 200, this.page, "text/html; charset=utf-8", Map.of());
	}

	private ApiResponse callback(ControlRequest request) throws IOException {
		RequestParameters params = request.body();
		String url = params.text("url");
		if (url == null) {
			this.simulation.clearCallbackUrl();
		}
		else {
			String method = params.text("method");
			this.simulation.callbackUrl(url,
					(method != null) ? CallbackMethod.valueOf(method.toUpperCase(Locale.ROOT)) : CallbackMethod.POST);
		}
		return ApiResponse.ok(object("url", url, "success", true));
	}

	private ApiResponse reset(ControlRequest request) {
		this.simulation.reset();
		return ApiResponse.ok(object("message", "Simulator reset.", "success", true));
	}

	/**
	 * The control API's error body, simpler than Authy's.
	 */
	static ApiResponse error(int status, @Nullable String message) {
		return ApiResponse.of(status, object("message", message, "success", false));
	}

	/**
	 * Sends a handler's JSON answer; a bad parameter is the client's error.
	 */
	private static Handler json(JsonHandler handler) {
		return (request) -> {
			ApiResponse response;
			try {
				response = handler.handle(request);
			}
			catch (BadRequestException ex) {
				response = ex.response();
			}
			catch (IllegalArgumentException ex) {
				response = error(400, ex.getMessage());
			}
			SimulatorHttpHandler.send(request.exchange(), response);
		};
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

	/**
	 * Answers a control request.
	 */
	@FunctionalInterface
	private interface Handler {

		void handle(ControlRequest request) throws IOException;

	}

	/**
	 * Answers a control request with JSON.
	 */
	@FunctionalInterface
	private interface JsonHandler {

		ApiResponse handle(ControlRequest request) throws IOException;

	}

}
