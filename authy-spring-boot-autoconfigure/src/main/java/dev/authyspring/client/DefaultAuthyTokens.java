package dev.authyspring.client;

import dev.authyspring.client.model.TokenVerification;
import dev.authyspring.client.model.VerifyOptions;
import tools.jackson.databind.JsonNode;

/**
 * {@link AuthyTokens} over HTTP.
 */
final class DefaultAuthyTokens implements AuthyTokens {

	private static final String INVALID_API_KEY = "60001";

	/**
	 * Valid only on HTTP 200 with {@code token == "is valid"}; a 401 is a normal invalid
	 * result unless it is about the API key.
	 */
	private static final ResponseClassifier CLASSIFIER = (status, body) -> {
		if (status == 200) {
			return "is valid".equals(JsonFields.text(body, "token")) ? Outcome.SUCCESS : Outcome.INVALID;
		}
		if (status == 401 && !INVALID_API_KEY.equals(JsonFields.text(body, "error_code"))) {
			return Outcome.INVALID;
		}
		return Outcome.ERROR;
	};

	private final AuthyHttp http;

	private final TokenFormat format;

	DefaultAuthyTokens(AuthyHttp http, TokenFormat format) {
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
				.classifier(CLASSIFIER));
		JsonNode body = response.body();
		boolean valid = CLASSIFIER.classify(response.status(), body) == Outcome.SUCCESS;
		return new TokenVerification(valid, JsonFields.message(body), JsonFields.text(body, "error_code"));
	}

}
