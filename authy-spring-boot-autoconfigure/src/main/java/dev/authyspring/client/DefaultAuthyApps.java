package dev.authyspring.client;

import java.util.ArrayList;
import java.util.List;

import dev.authyspring.client.model.AppDetails;
import dev.authyspring.client.model.AppStats;
import dev.authyspring.client.model.MonthlyStats;
import tools.jackson.databind.JsonNode;

/**
 * {@link AuthyApps} over HTTP.
 */
final class DefaultAuthyApps implements AuthyApps {

	private final DeferredAuthyHttp http;

	DefaultAuthyApps(DeferredAuthyHttp http) {
		this.http = http;
	}

	@Override
	public AppDetails details() {
		JsonNode body = this.http
			.execute(AuthyRequest.get("apps.details", "/protected/json/app/details", CallKind.READ))
			.body();
		JsonNode app = JsonFields.child(body, "app");
		if (app == null) {
			throw new AuthyTransportException("apps.details", "unexpected response: no app", null);
		}
		return new AppDetails(JsonFields.longValue(app, "app_id", 0), JsonFields.text(app, "name", ""),
				JsonFields.text(app, "plan"), JsonFields.bool(app, "sms_enabled"),
				JsonFields.optionalBool(app, "phone_calls_enabled"), JsonFields.optionalBool(app, "onetouch_enabled"),
				JsonFields.optionalBool(app, "white_label"), JsonFields.message(body));
	}

	@Override
	public AppStats stats() {
		JsonNode body = this.http.execute(AuthyRequest.get("apps.stats", "/protected/json/app/stats", CallKind.READ))
			.body();
		List<MonthlyStats> months = new ArrayList<>();
		JsonNode stats = JsonFields.child(body, "stats");
		if (stats != null && stats.isArray()) {
			for (JsonNode month : stats.values()) {
				months.add(new MonthlyStats((int) JsonFields.longValue(month, "year", 0),
						JsonFields.text(month, "month", ""), JsonFields.longValue(month, "sms_count", 0),
						JsonFields.longValue(month, "calls_count", 0), JsonFields.longValue(month, "users_count", 0),
						JsonFields.longValue(month, "auths_count", 0),
						JsonFields.longValue(month, "api_calls_count", 0)));
			}
		}
		return new AppStats(JsonFields.longValue(body, "app_id", 0), (int) JsonFields.longValue(body, "count", 0),
				JsonFields.longValue(body, "total_users", 0), months, JsonFields.message(body));
	}

}
