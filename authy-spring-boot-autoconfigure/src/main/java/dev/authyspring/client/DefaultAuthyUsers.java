package dev.authyspring.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.authyspring.client.model.ActivityType;
import dev.authyspring.client.model.AuthyUser;
import dev.authyspring.client.model.Device;
import dev.authyspring.client.model.NewUser;
import dev.authyspring.client.model.QrCode;
import dev.authyspring.client.model.QrCodeOptions;
import dev.authyspring.client.model.TokenRequest;
import dev.authyspring.client.model.TokenRequestOptions;
import dev.authyspring.client.model.UserStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@link AuthyUsers} over HTTP.
 */
final class DefaultAuthyUsers implements AuthyUsers {

	private static final int MAX_QR_SIZE = 2048;

	private final DeferredAuthyHttp http;

	DefaultAuthyUsers(DeferredAuthyHttp http) {
		this.http = http;
	}

	@Override
	public AuthyUser create(NewUser user) {
		Arguments.notNull("user", user);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("email", Arguments.email(user.email()));
		fields.put("cellphone", Arguments.phoneNumber("cellphone", user.cellphone()));
		fields.put("country_code", Arguments.countryCode(user.countryCode()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("user", fields);
		body.put("send_install_link_via_sms", user.sendInstallLinkViaSms());
		AuthyResponse response = this.http
			.execute(AuthyRequest.post("users.create", "/protected/json/users/new", CallKind.SIDE_EFFECT).body(body));
		JsonNode created = JsonFields.child(response.body(), "user");
		Long id = (created != null) ? JsonFields.optionalLong(created, "id") : null;
		if (id == null) {
			throw new AuthyTransportException("users.create", "unexpected response: no user id", null);
		}
		return new AuthyUser(id, JsonFields.message(response.body()));
	}

	@Override
	public UserStatus status(long authyId) {
		AuthyResponse response = this.http
			.execute(AuthyRequest.get("users.status", "/protected/json/users/{authyId}/status", CallKind.READ)
				.path("authyId", Arguments.authyId(authyId)));
		JsonNode status = JsonFields.child(response.body(), "status");
		if (status == null) {
			throw new AuthyTransportException("users.status", "unexpected response: no status", null);
		}
		TypedFields fields = new TypedFields(status, "users.status");
		return new UserStatus(fields.number("authy_id", authyId), fields.flag("confirmed"), fields.flag("registered"),
				fields.smallNumber("country_code", 0), text(fields.text("phone_number")), fields.text("email"),
				fields.texts("devices"), fields.flag("has_hard_token"), fields.flag("account_disabled"),
				devices(fields.objects("detailed_devices")), devices(fields.objects("deleted_devices")),
				JsonFields.message(response.body()));
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static List<Device> devices(List<JsonNode> array) {
		List<Device> devices = new ArrayList<>(array.size());
		for (JsonNode device : array) {
			TypedFields fields = new TypedFields(device, "users.status");
			Long id = JsonFields.child(device, "device_id") != null ? fields.number("device_id", 0) : null;
			devices.add(new Device(id, fields.text("device_type"), fields.text("os_type"),
					fields.text("registration_device_id"), fields.text("registration_method"),
					epochSeconds(fields, device, "last_sync_date"), epochSeconds(fields, device, "creation_date")));
		}
		return devices;
	}

	private static @Nullable Instant epochSeconds(TypedFields fields, JsonNode device, String name) {
		return (JsonFields.child(device, name) != null) ? Instant.ofEpochSecond(fields.number(name, 0)) : null;
	}

	@Override
	public void delete(long authyId) {
		remove(authyId, null);
	}

	@Override
	public void delete(long authyId, String userIp) {
		remove(authyId, Arguments.optionalIp(Arguments.notNull("userIp", userIp)));
	}

	private void remove(long authyId, @Nullable String userIp) {
		AuthyRequest request = AuthyRequest
			.post("users.delete", "/protected/json/users/{authyId}/remove", CallKind.SIDE_EFFECT)
			.path("authyId", Arguments.authyId(authyId));
		if (userIp != null) {
			request.body(Map.of("user_ip", userIp));
		}
		this.http.execute(request);
	}

	@Override
	public void registerActivity(long authyId, ActivityType type, Map<String, String> data, @Nullable String userIp) {
		Arguments.authyId(authyId);
		Arguments.notNull("type", type);
		Arguments.notNull("data", data);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.value());
		Map<String, String> copy = new LinkedHashMap<>();
		data.forEach(
				(key, value) -> copy.put(Arguments.notNull("data key", key), Arguments.notNull("data value", value)));
		if (!copy.isEmpty()) {
			body.put("data", copy);
		}
		String ip = Arguments.optionalIp(userIp);
		if (ip != null) {
			body.put("user_ip", ip);
		}
		this.http.execute(AuthyRequest
			.post("users.registerActivity", "/protected/json/users/{authyId}/register_activity", CallKind.SIDE_EFFECT)
			.path("authyId", authyId)
			.body(body));
	}

	@Override
	public TokenRequest requestSms(long authyId, TokenRequestOptions options) {
		return requestToken("users.requestSms", "/protected/json/sms/{authyId}", authyId, options);
	}

	@Override
	public TokenRequest requestCall(long authyId, TokenRequestOptions options) {
		return requestToken("users.requestCall", "/protected/json/call/{authyId}", authyId, options);
	}

	private TokenRequest requestToken(String operation, String path, long authyId, TokenRequestOptions options) {
		Arguments.notNull("options", options);
		AuthyRequest request = AuthyRequest.get(operation, path, CallKind.SIDE_EFFECT)
			.path("authyId", Arguments.authyId(authyId))
			.query("force", options.force() ? "true" : null)
			.query("action", Arguments.optionalText("action", options.action()))
			.query("action_message", Arguments.optionalText("actionMessage", options.actionMessage()))
			.query("locale", Arguments.optionalText("locale", options.locale()))
			.classifier((status, body) -> {
				if (status != 200) {
					return Outcome.ERROR;
				}
				return JsonFields.bool(body, "ignored") ? Outcome.IGNORED : Outcome.SUCCESS;
			});
		JsonNode body = this.http.execute(request).body();
		return new TokenRequest(JsonFields.bool(body, "ignored"), JsonFields.text(body, "cellphone"),
				JsonFields.message(body), JsonFields.text(body, "device"));
	}

	@Override
	public QrCode generateQrCode(long authyId, QrCodeOptions options) {
		Arguments.authyId(authyId);
		Arguments.notNull("options", options);
		Map<String, Object> body = new LinkedHashMap<>();
		if (options.qrSize() != null) {
			if (options.qrSize() < 1 || options.qrSize() > MAX_QR_SIZE) {
				throw new IllegalArgumentException("'qrSize' must be 1 to " + MAX_QR_SIZE + " pixels");
			}
			body.put("qr_size", options.qrSize());
		}
		String label = Arguments.optionalText("label", options.label());
		if (label != null) {
			body.put("label", label);
		}
		AuthyResponse response = this.http.execute(AuthyRequest
			.post("users.generateQrCode", "/protected/json/users/{authyId}/secret", CallKind.SIDE_EFFECT)
			.path("authyId", authyId)
			.body(body));
		String url = JsonFields.text(response.body(), "qr_code");
		if (url == null) {
			throw new AuthyTransportException("users.generateQrCode", "unexpected response: no qr_code", null);
		}
		return new QrCode(url, JsonFields.message(response.body()));
	}

}
