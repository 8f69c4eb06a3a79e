package dev.authyspring.client;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.authyspring.client.model.PhoneInfo;
import dev.authyspring.client.model.PhoneType;
import dev.authyspring.client.model.PhoneVerification;
import dev.authyspring.client.model.PhoneVerificationCheck;
import dev.authyspring.client.model.PhoneVerificationStatus;
import dev.authyspring.client.model.VerificationOptions;
import dev.authyspring.client.model.VerificationState;
import dev.authyspring.client.model.Via;
import tools.jackson.databind.JsonNode;

/**
 * {@link AuthyPhones} over HTTP.
 */
final class DefaultAuthyPhones implements AuthyPhones {

	private static final int MIN_CODE = 4;

	private static final int MAX_CODE = 10;

	/** A wrong code (60022) or none pending (60023) is a normal result. */
	private static Outcome classifyCheck(int status, JsonNode body) {
		if (status == 200) {
			return Outcome.SUCCESS;
		}
		String code = JsonFields.text(body, "error_code");
		return ("60022".equals(code) || "60023".equals(code)) ? Outcome.INVALID : Outcome.ERROR;
	}

	private final DeferredAuthyHttp http;

	DefaultAuthyPhones(DeferredAuthyHttp http) {
		this.http = http;
	}

	@Override
	public PhoneVerification verificationStart(String phoneNumber, int countryCode, Via via,
			VerificationOptions options) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("via", Arguments.notNull("via", via).value());
		body.put("country_code", Arguments.countryCode(countryCode));
		body.put("phone_number", Arguments.phoneNumber("phoneNumber", phoneNumber));
		Arguments.notNull("options", options);
		String locale = Arguments.optionalText("locale", options.locale());
		if (locale != null) {
			body.put("locale", locale);
		}
		if (options.codeLength() != null) {
			if (options.codeLength() < MIN_CODE || options.codeLength() > MAX_CODE) {
				throw new IllegalArgumentException("'codeLength' must be " + MIN_CODE + " to " + MAX_CODE);
			}
			body.put("code_length", options.codeLength());
		}
		if (options.customCode() != null) {
			body.put("custom_code", Arguments.code("customCode", options.customCode(), MIN_CODE, MAX_CODE));
		}
		String message = Arguments.optionalText("customMessage", options.customMessage());
		if (message != null) {
			body.put("custom_message", message);
		}
		JsonNode response = this.http
			.execute(AuthyRequest
				.post("phones.verificationStart", "/protected/json/phones/verification/start", CallKind.SIDE_EFFECT)
				.body(body))
			.body();
		return new PhoneVerification(JsonFields.message(response), JsonFields.text(response, "uuid"),
				JsonFields.text(response, "carrier"), JsonFields.optionalBool(response, "is_cellphone"),
				JsonFields.optionalBool(response, "is_ported"), JsonFields.optionalInt(response, "seconds_to_expire"));
	}

	@Override
	public PhoneVerificationCheck verificationCheck(String phoneNumber, int countryCode, String code) {
		AuthyResponse response = this.http.execute(AuthyRequest
			.get("phones.verificationCheck", "/protected/json/phones/verification/check", CallKind.SIDE_EFFECT)
			.query("phone_number", Arguments.phoneNumber("phoneNumber", phoneNumber))
			.query("country_code", Arguments.countryCode(countryCode))
			.query("verification_code", Arguments.code("code", code, MIN_CODE, MAX_CODE))
			.classifier(DefaultAuthyPhones::classifyCheck));
		JsonNode body = response.body();
		return new PhoneVerificationCheck(response.status() == 200, JsonFields.message(body),
				JsonFields.text(body, "error_code"));
	}

	@Override
	public PhoneVerificationStatus verificationStatus(String uuid) {
		return status(AuthyRequest
			.get("phones.verificationStatus", "/protected/json/phones/verification/status", CallKind.READ)
			.query("uuid", Arguments.uuid(uuid)));
	}

	@Override
	public PhoneVerificationStatus verificationStatus(String phoneNumber, int countryCode) {
		return status(AuthyRequest
			.get("phones.verificationStatus", "/protected/json/phones/verification/status", CallKind.READ)
			.query("phone_number", Arguments.phoneNumber("phoneNumber", phoneNumber))
			.query("country_code", Arguments.countryCode(countryCode)));
	}

	private PhoneVerificationStatus status(AuthyRequest request) {
		JsonNode body = this.http.execute(request).body();
		String status = JsonFields.text(body, "status");
		VerificationState state;
		try {
			state = VerificationState.of((status != null) ? status : "");
		}
		catch (IllegalArgumentException ex) {
			throw new AuthyTransportException(request.operation(), "unexpected response: unknown status", null);
		}
		return new PhoneVerificationStatus(state, JsonFields.optionalInt(body, "seconds_to_expire"),
				JsonFields.message(body));
	}

	@Override
	public PhoneInfo info(String phoneNumber, int countryCode) {
		JsonNode body = this.http
			.execute(AuthyRequest.get("phones.info", "/protected/json/phones/info", CallKind.READ)
				.query("phone_number", Arguments.phoneNumber("phoneNumber", phoneNumber))
				.query("country_code", Arguments.countryCode(countryCode)))
			.body();
		return new PhoneInfo(PhoneType.of(JsonFields.text(body, "type", "unknown")), JsonFields.text(body, "provider"),
				JsonFields.bool(body, "ported"), JsonFields.message(body));
	}

}
