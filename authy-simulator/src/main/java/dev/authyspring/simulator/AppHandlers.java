package dev.authyspring.simulator;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.authyspring.simulator.Json.object;

/**
 * The Authy application endpoints: details and monthly statistics.
 */
final class AppHandlers {

	private final Statistics statistics;

	private final Users users;

	AppHandlers(Statistics statistics, Users users) {
		this.statistics = statistics;
		this.users = users;
	}

	ApiResponse details(PathVariables path, RequestParameters params) {
		return ApiResponse.ok(object("app",
				object("name", SimulatorState.APP_NAME, "plan", "pay_as_you_go", "sms_enabled", true,
						"phone_calls_enabled", true, "app_id", SimulatorState.APP_SERIAL_ID, "onetouch_enabled", true),
				"message", "Application information.", "success", true));
	}

	ApiResponse stats(PathVariables path, RequestParameters params) {
		List<Map<String, Object>> stats = new ArrayList<>();
		for (Statistics.MonthlyCounts month : this.statistics.monthly()) {
			stats.add(object("sms_count", month.sms(), "calls_count", month.calls(), "users_count", month.users(),
					"auths_count", month.auths(), "month",
					month.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), "api_calls_count",
					month.apiCalls(), "year", month.month().getYear()));
		}
		return ApiResponse.ok(object("message", "Monthly statistics.", "count", stats.size(), "total_users",
				this.users.count(), "app_id", SimulatorState.APP_SERIAL_ID, "success", true, "stats", stats));
	}

}
