package dev.authyspring.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.authyspring.simulator.Json.object;

/**
 * The Authy user endpoints: create, status, delete and register activity.
 */
final class UserHandlers {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Set<String> ACTIVITY_TYPES = Set.of("password_reset", "banned", "unbanned", "cookie_login");

	private final Users users;

	UserHandlers(Users users) {
		this.users = users;
	}

	ApiResponse create(PathVariables path, RequestParameters params) {
		Map<String, String> errors = new LinkedHashMap<>();
		String email = params.text("user", "email");
		if (email == null || !EMAIL.matcher(email).matches()) {
			errors.put("email", "is invalid");
		}
		String countryText = params.text("user", "country_code");
		int countryCode = (countryText != null) ? PhoneNumbers.countryCode(countryText) : 1;
		if (countryCode < 0) {
			errors.put("country_code", "is not supported");
		}
		String digits = (countryCode > 0) ? PhoneNumbers.national(countryCode, params.text("user", "cellphone")) : null;
		if (digits == null && countryCode > 0) {
			errors.put("cellphone", "is invalid");
		}
		if (!errors.isEmpty() || digits == null || email == null) {
			return ApiErrors.userNotValid(errors);
		}
		User user = this.users.register(countryCode, digits, email);
		return ApiResponse
			.ok(object("message", "User created successfully.", "user", object("id", user.id()), "success", true));
	}

	ApiResponse status(PathVariables path, RequestParameters params) {
		User found = this.users.find(path.get("id"));
		if (found == null) {
			return ApiErrors.userNotFound();
		}
		User.Snapshot user = found.snapshot();
		List<String> devices = user.appInstalled() ? List.of("android") : List.of();
		Map<String, Object> status = object("authy_id", user.id(), "confirmed", true, "registered", user.registered(),
				"country_code", user.countryCode(), "phone_number", PhoneNumbers.maskedNumber(user.digits()), "email",
				user.firstEmail(), "devices", devices, "has_hard_token", false, "account_disabled", false);
		return ApiResponse.ok(object("status", status, "message", "User status.", "success", true));
	}

	ApiResponse delete(PathVariables path, RequestParameters params) {
		User user = this.users.find(path.get("id"));
		if (user == null || !this.users.delete(user.id())) {
			return ApiErrors.userNotFound();
		}
		return ApiResponse.ok(object("message", "User removed from application", "success", true));
	}

	ApiResponse registerActivity(PathVariables path, RequestParameters params) {
		if (this.users.find(path.get("id")) == null) {
			return ApiErrors.userNotFound();
		}
		String type = params.text("type");
		if (type == null) {
			return ApiErrors.missingParameter("type");
		}
		if (!ACTIVITY_TYPES.contains(type)) {
			return ApiErrors.invalidParameter("type",
					"Must be one of " + String.join(", ", ACTIVITY_TYPES.stream().sorted().toList()));
		}
		return ApiResponse.ok(object("message", "Activity was created.", "success", true));
	}

}
