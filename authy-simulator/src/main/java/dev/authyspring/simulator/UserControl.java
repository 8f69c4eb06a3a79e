package dev.authyspring.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.authyspring.simulator.Json.object;

/**
 * The control API's users: list them, show a user's app code, install the app.
 */
final class UserControl {

	private final Simulation simulation;

	UserControl(Simulation simulation) {
		this.simulation = simulation;
	}

	ApiResponse list(ControlRequest request) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (User found : this.simulation.state().users().all()) {
			User.Snapshot user = found.snapshot();
			result.add(object("authy_id", user.id(), "country_code", user.countryCode(), "phone_number", user.digits(),
					"emails", user.emails(), "registered", user.registered(), "app_installed", user.appInstalled()));
		}
		return ApiResponse.ok(result);
	}

	ApiResponse totp(ControlRequest request) {
		long authyId = authyId(request);
		try {
			return ApiResponse.ok(object("authy_id", authyId, "code", this.simulation.totp(authyId),
					"seconds_remaining", Totp.secondsRemaining(this.simulation.state().now())));
		}
		catch (IllegalStateException ex) {
			return ControlApi.error(409, ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			return ControlApi.error(404, ex.getMessage());
		}
	}

	ApiResponse installApp(ControlRequest request) {
		long authyId = authyId(request);
		if (this.simulation.state().users().find(authyId) == null) {
			return ControlApi.error(404, "No user with Authy id " + authyId);
		}
		this.simulation.installApp(authyId);
		return ApiResponse.ok(object("authy_id", authyId, "app_installed", true, "success", true));
	}

	private static long authyId(ControlRequest request) {
		return Long.parseLong(request.path().get("id"));
	}

}
