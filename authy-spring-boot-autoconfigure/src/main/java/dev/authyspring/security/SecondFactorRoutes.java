package dev.authyspring.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which of the second step's endpoints a request is for.
 */
final class SecondFactorRoutes {

	private final Map<Route, RequestMatcher> routes = new LinkedHashMap<>();

	private final RequestMatcher script;

	SecondFactorRoutes(PathPatternRequestMatcher.Builder matchers, SecondFactorPaths paths) {
		this.routes.put(Route.PAGE, matchers.matcher(HttpMethod.GET, paths.page()));
		this.routes.put(Route.SEND_PUSH, matchers.matcher(HttpMethod.POST, paths.push()));
		this.routes.put(Route.PUSH_STATUS, matchers.matcher(HttpMethod.GET, paths.push()));
		this.routes.put(Route.COMPLETE_PUSH, matchers.matcher(HttpMethod.POST, paths.pushComplete()));
		this.routes.put(Route.SEND_SMS, matchers.matcher(HttpMethod.POST, paths.sms()));
		this.routes.put(Route.SEND_CALL, matchers.matcher(HttpMethod.POST, paths.call()));
		this.routes.put(Route.CHECK_CODE, matchers.matcher(HttpMethod.POST, paths.code()));
		this.script = matchers.matcher(HttpMethod.GET, paths.script());
	}

	/** Whether the request is for the page's script, which anyone may load. */
	boolean isScript(HttpServletRequest request) {
		return this.script.matches(request);
	}

	/** The endpoint of the second step that the request is for, if any. */
	@Nullable Route route(HttpServletRequest request) {
		for (Map.Entry<Route, RequestMatcher> entry : this.routes.entrySet()) {
			if (entry.getValue().matches(request)) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** The second step's endpoints. */
	enum Route {

		PAGE, SEND_PUSH, PUSH_STATUS, COMPLETE_PUSH, SEND_SMS, SEND_CALL, CHECK_CODE

	}

}
