package dev.authyspring.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import static dev.authyspring.simulator.Json.object;

/**
 * The control API's faults: list those waiting, add one, clear them.
 */
final class FaultControl {

	private static final String TYPES = "latency, status, html, malformed, drop, process_then_drop or duplicate";

	private final Simulation simulation;

	FaultControl(Simulation simulation) {
		this.simulation = simulation;
	}

	ApiResponse list(ControlRequest request) {
		return ApiResponse.ok(this.simulation.faults().describe());
	}

	ApiResponse add(ControlRequest request) throws IOException {
		RequestParameters params = request.body();
		String endpointName = params.text("endpoint");
		Endpoint endpoint = (endpointName != null) ? Endpoint.of(endpointName) : Endpoint.ANY;
		String type = params.text("type");
		if (type == null) {
			return ControlApi.error(400, "'type' is required: " + TYPES);
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
			default -> throw new IllegalArgumentException("Unknown fault type; use " + TYPES);
		};
		this.simulation.faults().add(endpoint, fault, times);
		return ApiResponse.ok(object("endpoint", endpoint.key(), "type", fault.type().name().toLowerCase(Locale.ROOT),
				"count", times, "success", true));
	}

	ApiResponse clear(ControlRequest request) {
		this.simulation.faults().clear();
		return ApiResponse.ok(object("success", true));
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

}
