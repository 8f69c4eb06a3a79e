package dev.authyspring.client;

import java.util.Arrays;
import java.util.List;

import dev.authyspring.client.model.TokenStatus;
import dev.authyspring.client.model.TokenVerification;
import dev.authyspring.client.model.VerifyOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AuthyTokens}: the token rules checked before sending, what is sent, and when a
 * token is valid, invalid, or the call failed.
 */
class AuthyTokensTests extends AuthyWireMockTestSupport {

	static final String VERIFY_RUBY = "/protected/json/verify/123456/81547";

	/** The rule of the authy-java and authy-php clients. */
	static final TokenFormat SIX_TO_TEN = new TokenFormat(6, 10);

	TokenVerification verifyAgainst(int status, String fixture) {
		wireMock.stubFor(get(urlPathEqualTo(VERIFY_RUBY)).willReturn(recorded(status, fixture)));
		return this.client.tokens().verify(81547, "123456");
	}

	// What is sent

	@Test
	void verifySendsTokenThenIdAndForcesByDefault() {
		TokenVerification result = verifyAgainst(200, "co-authy/verify-200.json");
		assertThat(result.valid()).isTrue();
		wireMock.verify(1,
				authyGet(VERIFY_RUBY).withQueryParam("force", equalTo("true")).withQueryParam("action", absent()));
		assertThat(onlyRequest().getUrl()).isEqualTo(VERIFY_RUBY + "?force=true");
	}

	@Test
	void verifySendsForceFalseWhenAsked() {
		wireMock.stubFor(get(urlPathEqualTo(VERIFY_RUBY)).willReturn(recorded(200, "co-authy/verify-200.json")));
		this.client.tokens().verify(81547, "123456", new VerifyOptions(false, null));
		assertThat(onlyRequest().getUrl()).isEqualTo(VERIFY_RUBY + "?force=false");
	}

	@Test
	void verifySendsActionStrictlyEncoded() {
		wireMock.stubFor(get(urlPathEqualTo(VERIFY_RUBY)).willReturn(recorded(200, "co-authy/verify-200.json")));
		this.client.tokens().verify(81547, "123456", new VerifyOptions(true, "wire 100+ EUR/USD & more"));
		assertThat(onlyRequest().getUrl())
			.isEqualTo(VERIFY_RUBY + "?force=true&action=wire%20100%2B%20EUR%2FUSD%20%26%20more");
		wireMock.verify(1, authyGet(VERIFY_RUBY).withQueryParam("action", equalTo("wire 100+ EUR/USD & more")));
	}

	// Valid

	@Test
	void validWithStringSuccessOfAuthyJava() {
		TokenVerification result = verifyAgainst(200, "authy-java/verify-200-success-string.json");
		assertThat(result).isEqualTo(new TokenVerification(true, "Token is valid.", null));
		assertThat(result.status()).isEqualTo(TokenStatus.VALID);
	}

	@Test
	void validOnEveryRecordedValidAnswer() {
		assertThat(verifyAgainst(200, "authy-php/verify-200.json").valid()).isTrue();
		assertThat(verifyAgainst(200, "uphold-authy-client/verify-200.json").valid()).isTrue();
		assertThat(verifyAgainst(200, "co-authy/verify-200.json"))
			.isEqualTo(new TokenVerification(true, "Token is valid.", null));
	}

	@Test
	void notValidOnHttp200WithoutTokenIsValid() {
		wireMock.stubFor(get(urlPathEqualTo(VERIFY_RUBY))
			.willReturn(json(200, "{\"message\":\"Token is valid.\",\"success\":true}")));
		assertThat(this.client.tokens().verify(81547, "123456").valid()).isFalse();
		wireMock.stubFor(get(urlPathEqualTo(VERIFY_RUBY))
			.willReturn(json(200, "{\"message\":\"Token is valid.\",\"token\":\"is invalid\",\"success\":true}")));
		assertThat(this.client.tokens().verify(81547, "123456").valid()).isFalse();
	}

	// Invalid: a normal result, not an exception

	@Test
	void invalidWithErrorCodeOnAuthyJava60020() {
		TokenVerification result = verifyAgainst(401, "authy-java/verify-401-60020.json");
		assertThat(result).isEqualTo(new TokenVerification(false, "Token is invalid", "60020"));
		assertThat(result.status()).isEqualTo(TokenStatus.INVALID);
	}

	@Test
	void invalidWithErrorCodeOnTokenUsedRecently60019() {
		// The recorded 60019 body is malformed; this is its well-formed form.
		wireMock.stubFor(get(urlPathEqualTo(VERIFY_RUBY)).willReturn(json(401,
				"{\"message\":\"Token is invalid. Token was used recently.\",\"token\":\"is invalid\",\"success\":false,"
						+ "\"errors\":{\"message\":\"Token is invalid. Token was used recently.\"},\"error_code\":\"60019\"}")));
		TokenVerification result = this.client.tokens().verify(81547, "123456");
		assertThat(result.valid()).isFalse();
		assertThat(result.errorCode()).isEqualTo("60019");
		assertThat(result.message()).isEqualTo("Token is invalid. Token was used recently.");
		assertThat(result.status()).isEqualTo(TokenStatus.USED_RECENTLY);
	}

	@Test
	void invalidOnRecordedAnswersWithoutErrorCode() {
		assertThat(verifyAgainst(401, "uphold-authy-client/verify-401.json"))
			.isEqualTo(new TokenVerification(false, "", null));
		assertThat(verifyAgainst(401, "co-authy/verify-401.json"))
			.isEqualTo(new TokenVerification(false, "Token is invalid.", null));
		assertThat(verifyAgainst(401, "co-authy/verify-401-used-recently.json"))
			.isEqualTo(new TokenVerification(false, "Token is invalid. Token was used recently.", null));
		assertThat(verifyAgainst(401, "co-authy/verify-401.json").status()).isEqualTo(TokenStatus.INVALID);
		assertThat(verifyAgainst(401, "co-authy/verify-401-used-recently.json").status())
			.isEqualTo(TokenStatus.USED_RECENTLY);
	}

	// Failures

	@Test
	void invalidApiKeyIsApiExceptionNotAnInvalidToken() {
		wireMock.stubFor(get(urlPathEqualTo(VERIFY_RUBY))
			.willReturn(recorded(401, "authy-ruby/invalid-api-key-401-60001.json")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.tokens().verify(81547, "123456"))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(401);
				assertThat(ex.getErrorCode()).isEqualTo("60001");
				assertThat(ex.getAuthyMessage()).isEqualTo("Invalid API key");
				assertThat(ex.getOperation()).isEqualTo("tokens.verify");
				assertThat(ex.getMessage()).doesNotContain("123456").doesNotContain(API_KEY);
			});
	}

	@Test
	void invalidApiKeyWithoutErrorCodeIsApiExceptionNotAnInvalidToken() {
		wireMock
			.stubFor(get(urlPathEqualTo(VERIFY_RUBY)).willReturn(recorded(401, "co-authy/invalid-api-key-401.json")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.tokens().verify(81547, "123456"))
			.satisfies((ex) -> assertThat(ex.getAuthyMessage()).isEqualTo("Invalid API key."));
	}

	@Test
	void malformedAuthyJava401IsApiExceptionWithExcerptAndNeverValid() {
		wireMock.stubFor(get(urlPathEqualTo(VERIFY_RUBY))
			.willReturn(recorded(401, "authy-java/verify-401-malformed-60019.txt")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.tokens().verify(81547, "123456"))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(401);
				assertThat(ex.getErrorCode()).isNull();
				assertThat(ex.getAuthyMessage()).contains("Token is invalid").hasSizeLessThan(140);
			});
	}

	@Test
	void phpBadRequestAndNotFoundAnswersAreApiExceptions() {
		for (String fixture : List.of("authy-php/verify-400-token-is-invalid.json",
				"authy-php/verify-400-token-invalid-message.json")) {
			wireMock.stubFor(get(urlPathEqualTo(VERIFY_RUBY)).willReturn(recorded(400, fixture)));
			assertThatExceptionOfType(AuthyApiException.class)
				.isThrownBy(() -> this.client.tokens().verify(81547, "123456"))
				.satisfies((ex) -> assertThat(ex.getHttpStatus()).isEqualTo(400));
		}
		wireMock.stubFor(
				get(urlPathEqualTo(VERIFY_RUBY)).willReturn(recorded(404, "authy-php/user-doesnt-exist-404.json")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.tokens().verify(81547, "123456"))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(404);
				assertThat(ex.getAuthyMessage()).isEqualTo("User doesn't exist");
			});
	}

	// Token rules, checked before anything is sent

	@ParameterizedTest
	@ValueSource(strings = { "123456", "1234567", "000000", "123456789012", "123456789098" })
	void defaultFormatAcceptsSixToTwelveDigits(String token) {
		wireMock.stubFor(get(urlPathMatching("/protected/json/verify/[0-9]+/81547"))
			.willReturn(recorded(200, "co-authy/verify-200.json")));
		assertThat(this.client.tokens().verify(81547, token).valid()).isTrue();
		assertThat(onlyRequest().getUrl()).startsWith("/protected/json/verify/" + token + "/81547?");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "12345", "1234567890123", "1", "0000", "123456a", "1234567890987", "invalid_token",
			"[=#%@$&#(!@);.,", "token with space", "+123456", "-123456", " 123456", "123456 ", "123456\n", "12345.6",
			"1e5678", "123456/1#", "１２３４５６", "١٢٣٤٥٦", "123 456", "12-34-56" })
	void defaultFormatRejectsAnythingButSixToTwelveAsciiDigits(String token) {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.client.tokens().verify(81547, token))
			.withMessageContaining("'token'")
			.withMessageContaining("6 to 12 digits");
		assertNoRequestSent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abcde", "123", "12345678901", "12345678901234567890", "asdasdadasdasdasdasda" })
	void authyJavaRejectionsAreRejectedWithItsSixToTenFormat(String token) {
		AuthyClient javaLike = clientBuilder().tokenFormat(SIX_TO_TEN).build();
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> javaLike.tokens().verify(123456, token))
			.withMessageContaining("'token'")
			.withMessageContaining("6 to 10 digits")
			.withMessageNotContaining(token);
		assertNoRequestSent();
	}

	@Test
	void authyJavaRejectionsOutsideDefaultFormatAreRejectedByDefault() {
		List<String> tokens = Arrays.asList("abcde", "123", "12345678901234567890", "asdasdadasdasdasdasda");
		for (String token : tokens) {
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> this.client.tokens().verify(123456, token));
		}
		assertNoRequestSent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456/1#", "12345", "12345678901" })
	void authyPhpRejectionsAreRejectedWithItsSixToTenFormat(String token) {
		AuthyClient phpLike = clientBuilder().tokenFormat(SIX_TO_TEN).build();
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> phpLike.tokens().verify(81547, token))
			.withMessageContaining("'token'");
		assertNoRequestSent();
	}

	@ParameterizedTest
	@CsvSource({ "1, false", "123456, true", "123456a, false", "123456789098, true", "1234567890987, false" })
	void authyRubyTokenIsSafeVectorsHoldWithDefaultFormat(String token, boolean safe) {
		wireMock.stubFor(get(urlPathMatching("/protected/json/verify/.*"))
			.willReturn(recorded(200, "co-authy/verify-200.json")));
		if (safe) {
			assertThat(this.client.tokens().verify(81547, token).valid()).isTrue();
			assertThat(requests()).hasSize(1);
		}
		else {
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> this.client.tokens().verify(81547, token));
			assertNoRequestSent();
		}
	}

	@Test
	void customFormatDecidesTheAcceptedLengths() {
		AuthyClient custom = clientBuilder().tokenFormat(new TokenFormat(4, 8)).build();
		wireMock.stubFor(get(urlPathMatching("/protected/json/verify/[0-9]+/7"))
			.willReturn(recorded(200, "co-authy/verify-200.json")));
		assertThat(custom.tokens().verify(7, "1234").valid()).isTrue();
		assertThat(custom.tokens().verify(7, "12345678").valid()).isTrue();
		assertThat(requests()).hasSize(2);
		wireMock.resetRequests();
		for (String token : List.of("123", "123456789", "12a4")) {
			assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> custom.tokens().verify(7, token))
				.withMessageContaining("'token' must be 4 to 8 digits");
		}
		assertNoRequestSent();
	}

	@ParameterizedTest
	@CsvSource({ "0, 6", "7, 6", "1, 33", "-1, 5" })
	void tokenFormatRejectsImpossibleLengths(int min, int max) {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new TokenFormat(min, max))
			.withMessageContaining("minLength")
			.withMessageContaining("maxLength");
	}

}
