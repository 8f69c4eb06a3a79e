package dev.authyspring.simulator;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Routes as a table of HTTP method, {@link PathPattern} and handler, tried in the order
 * declared: the first whose method and pattern both match handles the request. Both the
 * Authy API and the control API route with one.
 *
 * @param <H> the type of handler
 */
final class RouteTable<H> {

	private final List<Route<H>> routes;

	private RouteTable(List<Route<H>> routes) {
		this.routes = List.copyOf(routes);
	}

	static <H> Builder<H> builder() {
		return new Builder<>();
	}

	/**
	 * Finds the handler of a request.
	 * @param method the HTTP method, e.g. {@code GET}
	 * @param path the raw path
	 * @return the handler and the path's variables, or {@code null} if no route matches
	 */
	@Nullable Match<H> match(String method, String path) {
		String[] segments = PathPattern.split(path);
		for (Route<H> route : this.routes) {
			if (route.method() == null || route.method().equals(method)) {
				PathVariables variables = route.pattern().match(segments);
				if (variables != null) {
					return new Match<>(route.handler(), variables);
				}
			}
		}
		return null;
	}

	/**
	 * A handler found for a request, with the variables its path gave.
	 *
	 * @param <H> the type of handler
	 * @param handler the handler
	 * @param variables the path variables
	 */
	record Match<H>(H handler, PathVariables variables) {
	}

	/**
	 * One row of the table; a {@code null} method accepts any.
	 */
	private record Route<H>(@Nullable String method, PathPattern pattern, H handler) {
	}

	/**
	 * Builds a {@link RouteTable}, one route after the other.
	 *
	 * @param <H> the type of handler
	 */
	static final class Builder<H> {

		private final List<Route<H>> routes = new ArrayList<>();

		private Builder() {
		}

		Builder<H> get(String pattern, H handler) {
			return add("GET", pattern, handler);
		}

		Builder<H> post(String pattern, H handler) {
			return add("POST", pattern, handler);
		}

		Builder<H> delete(String pattern, H handler) {
			return add("DELETE", pattern, handler);
		}

		/**
		 * A route for every method; declared after a method's own, it answers the others.
		 */
		Builder<H> any(String pattern, H handler) {
			return add(null, pattern, handler);
		}

		private Builder<H> add(@Nullable String method, String pattern, H handler) {
			this.routes.add(new Route<>(method, PathPattern.parse(pattern), handler));
			return this;
		}

		RouteTable<H> build() {
			return new RouteTable<>(this.routes);
		}

	}

}
