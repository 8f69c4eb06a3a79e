package dev.authyspring.simulator;

import java.util.Map;

import dev.authyspring.core.internal.TokenDigits;

import static dev.authyspring.simulator.Json.object;

/**
 * The Authy token endpoints: send an SMS or voice token, and verify a token.
 */
final class TokenHandlers {

	private final Users users;

	private final Tokens tokens;

	TokenHandlers(Users users, Tokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	ApiResponse sms(PathVariables path, RequestParameters params) {
		return send(Channel.SMS, path, params);
	}

	ApiResponse call(PathVariables path, RequestParameters params) {
		return send(Channel.CALL, path, params);
	}

	private ApiResponse send(Channel via, PathVariables path, RequestParameters params) {
		User user = this.users.find(path.get("id"));
		if (user == null) {
			return ApiErrors.userNotFound();
		}
		String cellphone = PhoneNumbers.maskedCellphone(user.countryCode(), user.digits());
		if (user.appInstalled() && !params.flag("force")) {
			String message = (via == Channel.SMS)
					? "Ignored: SMS is not needed for smartphones. Pass force=true if you want to actually send it anyway."
					: "Call ignored. User is using  App Tokens and this call is not necessary. Pass force=true if you still want to call users that are using the App.";
			return ApiResponse.ok(object("message", message, "cellphone", cellphone, "device", "android", "ignored",
					true, "success", true));
		}
		this.tokens.send(user, via, params.text("action"), params.text("locale"));
		if (via == Channel.SMS) {
			return ApiResponse.ok(object("success", true, "message", "SMS token was sent", "cellphone", cellphone));
		}
		return ApiResponse.ok(object("cellphone", cellphone, "message", "Call started...", "success", true));
	}

	ApiResponse verify(PathVariables path, RequestParameters params) {
		String token = path.get("token");
		if (!TokenDigits.matches(token)) {
			return ApiErrors.invalidToken(400);
		}
		User user = this.users.find(path.get("id"));
		if (user == null) {
			return ApiErrors.userNotFound();
		}
		return switch (this.tokens.verify(user, token, params.flag("force"), params.text("action"))) {
			case VALID -> ApiResponse.ok(object("message", "Token is valid.", "token", "is valid", "success", "true",
					"device", device(user)));
			case REUSED -> ApiErrors.reusedToken();
			case INVALID -> ApiErrors.invalidToken(401);
		};
	}

	private static Map<String, Object> device(User user) {
		boolean app = user.appInstalled();
		return object("id", app ? user.deviceId() : null, "os_type", app ? "android" : "sms", "registration_date",
				user.createdAt().getEpochSecond(), "registration_method", app ? "sms" : null, "registration_country",
				null, "registration_region", null, "registration_city", null, "country", null, "region", null, "city",
				null, "ip", null, "last_account_recovery_at", null, "last_sync_date", null);
	}

}
