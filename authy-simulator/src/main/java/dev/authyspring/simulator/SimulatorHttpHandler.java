package dev.authyspring.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of every HTTP request: the control API under {@code /simulator}, the Authy
 * API everywhere else, with faults applied first.
 */
final class SimulatorHttpHandler implements HttpHandler {

	static final int MAX_BODY_BYTES = 64 * 1024;

	private static final Logger logger = Logger.getLogger(SimulatorHttpHandler.class.getName());

	private final AuthyApi api;

	private final FaultInjector faults;

	private final EnumCounts<Endpoint> requests;

	private final ControlApi control;

	SimulatorHttpHandler(AuthyApi api, FaultInjector faults, EnumCounts<Endpoint> requests, ControlApi control) {
		this.requests = requests;
		this.api = api;
		this.faults = faults;
		this.control = control;
	}

	@Override
	public void handle(HttpExchange exchange) {
		try {
			String path = exchange.getRequestURI().getRawPath();
			if (path.equals("/simulator") || path.startsWith("/simulator/")) {
				this.control.handle(exchange, path);
			}
			else {
				handleApi(exchange, path);
			}
		}
		catch (IOException ex) {
			logger.log(Level.FINE, "Client went away", ex);
		}
		catch (RuntimeException ex) {
			logger.log(Level.WARNING, "Simulator failed to handle a request", ex);
			try {
				send(exchange, ApiResponse.of(500, Json.object("message", "Simulator error", "success", false)));
			}
			catch (IOException | RuntimeException ignored) {
				// Headers may already be out; the connection is closed below.
			}
		}
		finally {
			exchange.close();
		}
	}

	private void handleApi(HttpExchange exchange, String path) throws IOException {
		AuthyApi.Call call = this.api.route(exchange.getRequestMethod(), path);
		if (call == null) {
			send(exchange, ApiErrors.notFound());
			return;
		}
		this.requests.increment(call.endpoint());
		Fault fault = this.faults.take(call.endpoint());
		if (fault != null) {
			switch (fault.type()) {
				case LATENCY -> sleep(fault.delay());
				case DROP_CONNECTION -> {
					dropMidResponse(exchange);
					return;
				}
				case STATUS -> {
					ApiResponse error = ApiErrors.forStatus(fault.status(), call.endpoint());
					Duration retryAfter = fault.retryAfter();
					send(exchange, (retryAfter != null) ? new ApiResponse(error.status(), error.body(),
							Map.of("Retry-After", Long.toString(ceilSeconds(retryAfter)))) : error);
					return;
				}
				case HTML_STATUS -> {
					send(exchange, fault.status(), htmlPage(fault.status()), "text/html; charset=utf-8", Map.of());
					return;
				}
				case MALFORMED_BODY, PROCESS_THEN_DROP, DUPLICATE -> {
					// Handled below, once the real answer is known.
				}
			}
		}
		ApiResponse response;
		try {
			byte[] body = readBody(exchange);
			RequestParameters params = RequestParameters.parse(exchange.getRequestURI().getRawQuery(),
					exchange.getRequestHeaders().getFirst("Content-Type"), body);
			response = this.api.handle(call, exchange.getRequestHeaders().getFirst("X-Authy-API-Key"), params);
		}
		catch (BadRequestException ex) {
			response = ex.response();
		}
		if (fault != null && fault.type() == Fault.Type.PROCESS_THEN_DROP) {
			dropMidResponse(exchange);
			return;
		}
		if (fault != null && fault.type() == Fault.Type.MALFORMED_BODY) {
			byte[] json = Json.write(response.body());
			// Like the recorded malformed answer: the opening brace is missing.
			send(exchange, response.status(), Arrays.copyOfRange(json, 1, json.length), "application/json", Map.of());
			return;
		}
		send(exchange, response);
	}

	/**
	 * Sends the headers and part of a body, then returns: closing an exchange with bytes
	 * missing makes the JDK server close the connection. Dropping before the headers
	 * instead would let HTTP clients silently retry idempotent requests.
	 */
	private static void dropMidResponse(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(200, 1024);
		OutputStream out = exchange.getResponseBody();
		out.write("{\"message\":".getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private static byte[] htmlPage(int status) {
		// What a proxy in front of Authy answers: no JSON, and the status in a heading.
		return ("<!DOCTYPE html><html><head><title>" + status + "</title></head><body><h1>" + status
				+ " Error</h1><p>The upstream server is not available.</p></body></html>")
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] readBody(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
			if (body.length > MAX_BODY_BYTES) {
				throw new BadRequestException(ApiErrors.messageFirst(413, "60002", "Request body is too large"));
			}
			return body;
		}
	}

	private static long ceilSeconds(Duration duration) {
		long seconds = duration.getSeconds();
		return (duration.getNano() > 0) ? seconds + 1 : seconds;
	}

	private static void sleep(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void send(HttpExchange exchange, ApiResponse response) throws IOException {
		send(exchange, response.status(), Json.write(response.body()), "application/json; charset=utf-8",
				response.headers());
	}

	static void send(HttpExchange exchange, int status, byte[] body, String contentType, Map<String, String> headers)
			throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		headers.forEach(exchange.getResponseHeaders()::set);
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	static void sendText(HttpExchange exchange, int status, String text, @Nullable String contentType)
			throws IOException {
		send(exchange, status, text.getBytes(StandardCharsets.UTF_8),
				(contentType != null) ? contentType : "text/plain; charset=utf-8", Map.of());
	}

}
