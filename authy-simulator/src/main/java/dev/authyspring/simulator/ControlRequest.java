package dev.authyspring.simulator;

import java.io.IOException;

import com.sun.net.httpserver.HttpExchange;

/**
 * A request to the control API, with the variables its path gave.
 */
record ControlRequest(HttpExchange exchange, PathVariables path) {

	/**
	 * The query parameters only.
	 */
	RequestParameters query() {
		return RequestParameters.parse(this.exchange.getRequestURI().getRawQuery(), null, new byte[0]);
	}

	/**
	 * The query and body parameters, the body winning.
	 * @throws BadRequestException if the body is too large or cannot be parsed
	 */
	RequestParameters body() throws IOException {
		String contentType = this.exchange.getRequestHeaders().getFirst("Content-Type");
		return RequestParameters.parse(this.exchange.getRequestURI().getRawQuery(), contentType,
				SimulatorHttpHandler.readBody(this.exchange));
	}

}
