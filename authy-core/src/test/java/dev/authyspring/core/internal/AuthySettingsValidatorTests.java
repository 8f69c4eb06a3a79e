package dev.authyspring.core.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link AuthySettingsValidator}: each rule, its message, and that a message
 * never quotes the value.
 */
class AuthySettingsValidatorTests {

	@ParameterizedTest
	@ValueSource(strings = { "WireMockTestApiKey0123456789abcd", "k", "!~key-with_punctuation.~!" })
	void acceptsPrintableAsciiApiKeys(String apiKey) {
		assertThat(AuthySettingsValidator.apiKeyProblem(apiKey)).isNull();
		assertThat(AuthySettingsValidator.apiKeyProblem("k".repeat(AuthySettingsValidator.MAX_API_KEY_LENGTH)))
			.isNull();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t" })
	void anApiKeyMustBeSet(String apiKey) {
		assertThat(AuthySettingsValidator.apiKeyProblem(apiKey)).isEqualTo("must be set");
	}

	@Test
	void anApiKeyMustNotBeTooLong() {
		assertThat(AuthySettingsValidator.apiKeyProblem("k".repeat(257)))
			.isEqualTo("must be at most 256 characters long");
	}

	@ParameterizedTest
	@ValueSource(strings = { "key with spaces", "key\twith\ttab", "kéy-not-ascii", "key\n", "key\u007F" })
	void anApiKeyMustBePrintableAsciiWithoutSpaces(String apiKey) {
		assertThat(AuthySettingsValidator.apiKeyProblem(apiKey))
			.isEqualTo("must consist of printable ASCII characters, without spaces or control characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://api.authy.com", "http://127.0.0.1:8080", "https://authy.example.com/prefix/",
			"HTTPS://API.AUTHY.COM", "https://[::1]:8443/authy" })
	void acceptsAbsoluteHttpUrlsWithAHost(String url) {
		assertThat(AuthySettingsValidator.endpointUrlProblem(url)).isNull();
		assertThat(AuthySettingsValidator.httpUrlProblem(url)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null",
			value = { "null | must be set", "'' | must be set", "'  ' | must be set",
					"http://exa mple.com | must be an absolute http or https URL, and this is not a well-formed URL",
					"api.authy.com | must be an absolute http or https URL, not a relative one",
					"/protected | must be an absolute http or https URL, not a relative one",
					"ftp://api.authy.com | must be an absolute http or https URL; its scheme is neither",
					"mailto:ops@example.com | must be an absolute http or https URL; its scheme is neither",
					"https:///path | must be an absolute http or https URL with a host" })
	void aUrlMustBeAnAbsoluteHttpUrlWithAHost(String url, String problem) {
		assertThat(AuthySettingsValidator.httpUrlProblem(url)).isEqualTo(problem);
		assertThat(AuthySettingsValidator.endpointUrlProblem(url)).isEqualTo(problem);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "https://user:secret@api.authy.com | must not contain user info",
					"https://api.authy.com?api_key=1 | must not contain a query",
					"https://api.authy.com/? | must not contain a query",
					"https://example.com/callback#top | must not contain a fragment" })
	void aUrlThatRequestsAreSentToHasNoUserInfoQueryOrFragment(String url, String problem) {
		assertThat(AuthySettingsValidator.endpointUrlProblem(url)).isEqualTo(problem);
		assertThat(AuthySettingsValidator.httpUrlProblem(url)).isNull();
	}

	@Test
	void aSchemeThatMayBeAUserNameIsNotQuoted() {
		assertThat(AuthySettingsValidator.endpointUrlProblem("admin:secret@api.authy.com")).doesNotContain("admin")
			.doesNotContain("secret");
	}

	@Test
	void aTimeoutMustBePositive() {
		assertThat(AuthySettingsValidator.timeoutProblem(Duration.ofMillis(1))).isNull();
		assertThat(AuthySettingsValidator.timeoutProblem(null)).isEqualTo("must be a positive duration");
		assertThat(AuthySettingsValidator.timeoutProblem(Duration.ZERO)).isEqualTo("must be a positive duration");
		assertThat(AuthySettingsValidator.timeoutProblem(Duration.ofSeconds(-1)))
			.isEqualTo("must be a positive duration");
	}

	@Test
	void requireNamesTheSettingOfTheBuilder() {
		assertThat(AuthySettingsValidator.require("apiKey", "key", null)).isEqualTo("key");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AuthySettingsValidator.require("apiKey", "with space", "must be printable"))
			.withMessage("'apiKey' must be printable");
		assertThatIllegalArgumentException().isThrownBy(() -> AuthySettingsValidator.require("readTimeout", null, null))
			.withMessage("'readTimeout' must be set");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "https://user:secret@api.authy.com/path | https://<hidden>@api.authy.com/path",
					"admin:secret@api.authy.com | <hidden>@api.authy.com",
					"https://user:se/c#r?et@api.authy.com | https://<hidden>@api.authy.com",
					"https:/user:secret@api.authy.com | <hidden>@api.authy.com",
					"https://us er:se cret@bad host | https://<hidden>@bad host",
					"https://api.authy.com/json?api_key=secret#top | https://api.authy.com/json?<hidden>",
					"https://api.authy.com/json | https://api.authy.com/json" })
	void hidesWhatMayBeCredentialsEvenInAUrlThatDoesNotParse(String url, String shown) {
		assertThat(AuthySettingsValidator.withoutSecrets(url)).isEqualTo(shown).doesNotContain("secret");
	}

	@Test
	void hidesNothingOfNoUrl() {
		assertThat(AuthySettingsValidator.withoutSecrets(null)).isNull();
	}

}
