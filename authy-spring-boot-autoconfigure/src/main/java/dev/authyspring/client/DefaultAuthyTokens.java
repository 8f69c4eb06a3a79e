package dev.authyspring.client;

import dev.authyspring.client.model.TokenVerification;
import dev.authyspring.client.model.VerifyOptions;
import tools.jackson.databind.JsonNode;

/**
 * {@link AuthyTokens} over HTTP.
 */
final class DefaultAuthyTokens implements AuthyTokens {

	/**
	 * Valid only on HTTP 200 with {@code token == "is valid"}. A 401 is a normal invalid
	 * result when it is about the token: error 60020 or 60019, or, in bodies without an
	 * error code, a {@code token} field or a message about the token. Any other 401 (such
	 * as an invalid API key) is an error.
	 */
	private static Outcome classify(int status, JsonNode body) {
		// A method, not a lambda constant: its call site is linked on the first call, not
		// when the class loads at start-up.
		if (status == 200) {
			return "is valid".equals(JsonFields.text(body, "token")) ? Outcome.SUCCESS : Outcome.INVALID;
		}
		if (status == 401 && isAboutTheToken(body)) {
			return Outcome.INVALID;
		}
		return Outcome.ERROR;
	}

	private static boolean isAboutTheToken(JsonNode body) {
		String code = JsonFields.text(body, "error_code");
		if (code != null) {
			return "60020".equals(code) || "60019".equals(code);
		}
		JsonNode errors = JsonFields.child(body, "errors");
		return JsonFields.text(body, "token") != null || (errors != null && JsonFields.text(errors, "token") != null)
				|| JsonFields.message(body).toLowerCase(java.util.Locale.ROOT).startsWith("token");
	}

	private final DeferredAuthyHttp http;

	private final TokenFormat format;

	DefaultAuthyTokens(DeferredAuthyHttp http, TokenFormat format) {
		this.http = http;
		this.format = format;
	}

	@Override
	public TokenVerification verify(long authyId, String token, VerifyOptions options) {
		Arguments.authyId(authyId);
		Arguments.code("token", token, this.format.minLength(), this.format.maxLength());
		Arguments.notNull("options", options);
		AuthyResponse response = this.http
			.execute(AuthyRequest.get("tokens.verify", "/protected/json/verify/{token}/{authyId}", CallKind.SIDE_EFFECT)
				.path("token", token)
				.path("authyId", authyId)
				.query("force", options.force() ? "true" : "false")
				.query("action", Arguments.optionalText("action", options.action()))
				.classifier(DefaultAuthyTokens::classify));
		JsonNode body = response.body();
		boolean valid = response.outcome() == Outcome.SUCCESS;
		return new TokenVerification(valid, JsonFields.message(body), JsonFields.text(body, "error_code"));
	}

}
