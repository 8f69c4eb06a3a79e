package dev.authyspring.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

/**
 * The Authy endpoints: one route table, then the API key check; the handlers of each area
 * answer with the texts of the recorded responses.
 */
final class AuthyApi {

	private final RouteTable<Route> routes;

	private final Statistics statistics;

	private final byte[] apiKey;

	AuthyApi(SimulatorState state, String apiKey) {
		this.routes = routes(new UserHandlers(state.users()), new TokenHandlers(state.users(), state.tokens()),
				new OneTouchHandlers(state.users(), state.approvals()),
				new PhoneHandlers(state.verifications(), state.clock()),
				new AppHandlers(state.statistics(), state.users()));
		this.statistics = state.statistics();
		this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
	}

	// Tried in order: users/delete/{id} comes before users/{id}/delete, as with Authy.
	private static RouteTable<Route> routes(UserHandlers users, TokenHandlers tokens, OneTouchHandlers oneTouch,
			PhoneHandlers phones, AppHandlers app) {
		return RouteTable.<Route>builder()
			.post("/protected/json/users/new", new Route(Endpoint.CREATE_USER, users::create))
			.post("/protected/json/users/delete/{id}", new Route(Endpoint.DELETE_USER, users::delete))
			.post("/protected/json/users/{id}/remove", new Route(Endpoint.DELETE_USER, users::delete))
			.post("/protected/json/users/{id}/delete", new Route(Endpoint.DELETE_USER, users::delete))
			.post("/protected/json/users/{id}/register_activity",
					new Route(Endpoint.REGISTER_ACTIVITY, users::registerActivity))
			.get("/protected/json/users/{id}/status", new Route(Endpoint.USER_STATUS, users::status))
			.get("/protected/json/sms/{id}", new Route(Endpoint.SMS, tokens::sms))
			.get("/protected/json/call/{id}", new Route(Endpoint.CALL, tokens::call))
			.get("/protected/json/verify/{token}/{id}", new Route(Endpoint.VERIFY_TOKEN, tokens::verify))
			.post("/onetouch/json/users/{id}/approval_requests",
					new Route(Endpoint.CREATE_APPROVAL_REQUEST, oneTouch::create))
			.get("/onetouch/json/approval_requests/{uuid}",
					new Route(Endpoint.APPROVAL_REQUEST_STATUS, oneTouch::status))
			.post("/protected/json/phones/verification/start",
					new Route(Endpoint.START_VERIFICATION, phones::startVerification))
			.get("/protected/json/phones/verification/check",
					new Route(Endpoint.CHECK_VERIFICATION, phones::checkVerification))
			.get("/protected/json/phones/verification/status",
					new Route(Endpoint.VERIFICATION_STATUS, phones::verificationStatus))
			.get("/protected/json/phones/info", new Route(Endpoint.PHONE_INFO, phones::info))
			.get("/protected/json/app/details", new Route(Endpoint.APP_DETAILS, app::details))
			.get("/protected/json/app/stats", new Route(Endpoint.APP_STATS, app::stats))
			.build();
	}

	/**
	 * Finds the endpoint for a request, or {@code null} if Authy has no such route: an
	 * unknown path and a wrong method get the same answer.
	 */
	@Nullable Call route(String method, String path) {
		RouteTable.Match<Route> match = this.routes.match(method, path);
		return (match != null) ? new Call(match.handler().endpoint(), match.handler().handler(), match.variables())
				: null;
	}

	/**
	 * Checks the API key (header, or the legacy {@code api_key} parameter), then handles.
	 */
	ApiResponse handle(Call call, @Nullable String apiKeyHeader, RequestParameters params) {
		String key = (apiKeyHeader != null) ? apiKeyHeader : params.string("api_key");
		if (key == null || !MessageDigest.isEqual(this.apiKey, key.getBytes(StandardCharsets.UTF_8))) {
			return ApiErrors.invalidApiKey();
		}
		this.statistics.count(Statistics.Counter.API_CALLS);
		try {
			return call.handler().handle(call.path(), params);
		}
		catch (BadRequestException ex) {
			return ex.response();
		}
	}

	/**
	 * Answers a request once its API key is checked.
	 */
	@FunctionalInterface
	interface Handler {

		ApiResponse handle(PathVariables path, RequestParameters params);

	}

	/**
	 * A request routed to an endpoint and not handled yet.
	 */
	record Call(Endpoint endpoint, Handler handler, PathVariables path) {
	}

	/**
	 * An endpoint and what handles it.
	 */
	private record Route(Endpoint endpoint, Handler handler) {
	}

}
