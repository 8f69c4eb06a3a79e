package dev.authyspring.core.onetouch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.authyspring.core.onetouch.InvalidSignatureException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.authyspring.core.onetouch.OneTouchVectors.A1_1_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_1_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_2_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_2_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_5_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_5_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A2_1_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A2_2_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A3_1_BODY;
import static dev.authyspring.core.onetouch.OneTouchVectors.A3_1_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A3_2_BODY;
import static dev.authyspring.core.onetouch.OneTouchVectors.A3_2_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A3_3_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_URL;
import static dev.authyspring.core.onetouch.OneTouchVectors.UPHOLD_ASSERT_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.UPHOLD_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.UPHOLD_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.UPHOLD_URL;
import static dev.authyspring.core.onetouch.OneTouchVectors.fixture;
import static dev.authyspring.core.onetouch.OneTouchVectors.fixtureText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link OneTouchSignatureVerifier} against every vector of section A of the
 * fixtures and the ways a callback can be forged or garbled.
 */
class OneTouchSignatureVerifierTests {

	private final OneTouchSignatureVerifier javaVerifier = OneTouchSignatureVerifier.of(JAVA_KEY);

	static CallbackHeaders headers(String nonce, String signature) {
		return CallbackHeaders
			.of(Map.of("X-Authy-Signature-Nonce", List.of(nonce), "X-Authy-Signature", List.of(signature)));
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@CsvSource({ "a1_1, " + A1_1_NONCE + ", " + A1_1_SIGNATURE, "a1_2, " + A1_2_NONCE + ", " + A1_2_SIGNATURE })
	void acceptsAuthyJavaPostVectors(String vector, String nonce, String signature) {
		SignedCallback callback = this.javaVerifier.verifyPost(JAVA_URL, headers(nonce, signature),
				fixture(vector + "-body.json"));
		assertThat(callback.nonce()).isEqualTo(nonce);
		assertThat(callback.signature()).isEqualTo(signature);
		assertThat(callback.method()).isEqualTo("POST");
		assertThat(callback.parameters()).containsEntry("authy_id", "688611").containsEntry("status", "approved");
	}

	@Test
	void acceptsAuthyJavaGetVectorFromRawQuery() {
		SignedCallback callback = this.javaVerifier.verifyGet(JAVA_URL, headers(A1_5_NONCE, A1_5_SIGNATURE),
				fixtureText("a1_5-query.txt"));
		assertThat(callback.method()).isEqualTo("GET");
		assertThat(callback.parameters()).containsEntry("uuid", "7e272da0-c015-0135-eafc-0e5d90336a8c");
	}

	@Test
	void acceptsUpholdClientVector() {
		SignedCallback callback = OneTouchSignatureVerifier.of(UPHOLD_KEY)
			.verifyPost(UPHOLD_URL, headers(UPHOLD_NONCE, A2_1_SIGNATURE), fixture("a2_1-body.json"));
		assertThat(callback.parameters()).containsEntry("device_uuid", "4d89c320-a9bb-0133-7c02-0e67b818e6fb");
	}

	@Test
	void rejectsUpholdMismatchVector() {
		assertThatExceptionOfType(InvalidSignatureException.class)
			.isThrownBy(() -> OneTouchSignatureVerifier.of(UPHOLD_KEY)
				.verifyPost(UPHOLD_URL, headers(UPHOLD_NONCE, A2_2_SIGNATURE), fixture("a2_2-body.json")))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.MISMATCH));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { A3_1_BODY + ";" + A3_1_SIGNATURE, A3_2_BODY + ";" + A3_2_SIGNATURE })
	void acceptsUpholdAssertVectors(String body, String signature) {
		SignedCallback callback = OneTouchSignatureVerifier.of(UPHOLD_ASSERT_KEY)
			.verifyPost(UPHOLD_URL, headers(UPHOLD_NONCE, signature), utf8(body));
		assertThat(callback.parameters()).containsEntry("qux", "net");
	}

	@Test
	void rejectsUpholdAssertVectorWhoseSignatureIsNotASignature() {
		assertThatExceptionOfType(InvalidSignatureException.class)
			.isThrownBy(() -> OneTouchSignatureVerifier.of(UPHOLD_ASSERT_KEY)
				.verifyPost(UPHOLD_URL, headers(UPHOLD_NONCE, A3_3_SIGNATURE), utf8(A3_1_BODY)))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.MALFORMED_SIGNATURE));
	}

	@Test
	void rejectsTamperedBody() {
		String body = fixtureText("a1_1-body.json").replace("\"status\":\"approved\"", "\"status\":\"denied\"");
		assertThat(body).isNotEqualTo(fixtureText("a1_1-body.json"));
		assertMismatch(() -> this.javaVerifier.verifyPost(JAVA_URL, headers(A1_1_NONCE, A1_1_SIGNATURE), utf8(body)));
	}

	@Test
	void rejectsBodyWithExtraParameter() {
		String body = fixtureText("a1_1-body.json").replaceFirst("\\{", "{\"extra\":\"1\",");
		assertMismatch(() -> this.javaVerifier.verifyPost(JAVA_URL, headers(A1_1_NONCE, A1_1_SIGNATURE), utf8(body)));
	}

	@Test
	void rejectsTamperedQuery() {
		String query = fixtureText("a1_5-query.txt").replace("status%5D=approved", "status%5D=denied");
		assertMismatch(() -> this.javaVerifier.verifyGet(JAVA_URL, headers(A1_5_NONCE, A1_5_SIGNATURE), query));
	}

	@Test
	void rejectsTamperedNonce() {
		assertMismatch(() -> this.javaVerifier.verifyPost(JAVA_URL, headers("1512923420", A1_1_SIGNATURE),
				fixture("a1_1-body.json")));
	}

	@Test
	void rejectsWrongKey() {
		assertMismatch(() -> OneTouchSignatureVerifier.of(UPHOLD_KEY)
			.verifyPost(JAVA_URL, headers(A1_1_NONCE, A1_1_SIGNATURE), fixture("a1_1-body.json")));
	}

	@Test
	void rejectsHttpInsteadOfHttpsInUrl() {
		assertMismatch(() -> this.javaVerifier.verifyPost("http://requestb.in/ui9vdiui",
				headers(A1_1_NONCE, A1_1_SIGNATURE), fixture("a1_1-body.json")));
	}

	@Test
	void rejectsUrlWithTrailingSlashAdded() {
		assertMismatch(() -> this.javaVerifier.verifyPost(JAVA_URL + "/", headers(A1_1_NONCE, A1_1_SIGNATURE),
				fixture("a1_1-body.json")));
	}

	@Test
	void rejectsGetSignatureForPostOfSameParameters() {
		String query = fixtureText("a1_5-query.txt");
		String signature = new OneTouchSigner(JAVA_KEY).sign(A1_5_NONCE, "POST", JAVA_URL, query);
		assertMismatch(() -> this.javaVerifier.verifyGet(JAVA_URL, headers(A1_5_NONCE, signature), query));
	}

	@Test
	void acceptsLowerCaseHeaderNames() {
		CallbackHeaders headers = CallbackHeaders
			.of(Map.of("x-authy-signature-nonce", List.of(A1_2_NONCE), "x-authy-signature", List.of(A1_2_SIGNATURE)));
		assertThat(this.javaVerifier.verifyPost(JAVA_URL, headers, fixture("a1_2-body.json")).nonce())
			.isEqualTo(A1_2_NONCE);
	}

	@Test
	void acceptsMixedCaseHeaderNamesAndSurroundingSpaces() {
		CallbackHeaders headers = CallbackHeaders.of(Map.of("X-AUTHY-SIGNATURE-NONCE", List.of(" " + A1_2_NONCE),
				"x-Authy-Signature", List.of(A1_2_SIGNATURE + " ")));
		assertThat(this.javaVerifier.verifyPost(JAVA_URL, headers, fixture("a1_2-body.json")).signature())
			.isEqualTo(A1_2_SIGNATURE);
	}

	@Test
	void rejectsMissingSignature() {
		CallbackHeaders headers = CallbackHeaders.of(Map.of("X-Authy-Signature-Nonce", List.of(A1_1_NONCE)));
		assertRejected(Reason.MISSING_SIGNATURE,
				() -> this.javaVerifier.verifyPost(JAVA_URL, headers, fixture("a1_1-body.json")));
	}

	@Test
	void rejectsMissingNonce() {
		CallbackHeaders headers = CallbackHeaders.of(Map.of("X-Authy-Signature", List.of(A1_1_SIGNATURE)));
		assertRejected(Reason.MISSING_NONCE,
				() -> this.javaVerifier.verifyPost(JAVA_URL, headers, fixture("a1_1-body.json")));
	}

	@Test
	void rejectsGetWithoutHeadersInsteadOfSkippingVerification() {
		assertRejected(Reason.MISSING_NONCE,
				() -> this.javaVerifier.verifyGet(JAVA_URL, (name) -> null, fixtureText("a1_5-query.txt")));
	}

	@Test
	void rejectsBlankHeaders() {
		assertRejected(Reason.MISSING_NONCE,
				() -> this.javaVerifier.verifyPost(JAVA_URL, headers(" ", A1_1_SIGNATURE), fixture("a1_1-body.json")));
		assertRejected(Reason.MISSING_SIGNATURE,
				() -> this.javaVerifier.verifyPost(JAVA_URL, headers(A1_1_NONCE, ""), fixture("a1_1-body.json")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "not base64 at all", "6uKAaKxCkkFEyQujwdudyPNUgRi2fY5otoCOQN7VjCw",
			"6uKAaKxCkkFEyQujwdudyPNUgRi2fY5otoCOQN7VjC==", "6uKAaKxCkkFEyQujwdudyPNUgRi2fY5otoCOQN7VjCw=6uKA",
			"!uKAaKxCkkFEyQujwdudyPNUgRi2fY5otoCOQN7VjCw=" })
	void rejectsGarbledSignature(String signature) {
		assertRejected(Reason.MALFORMED_SIGNATURE, () -> this.javaVerifier.verifyPost(JAVA_URL,
				headers(A1_1_NONCE, signature), fixture("a1_1-body.json")));
	}

	@Test
	void rejectsNonCanonicalEncodingOfValidSignature() {
		// Same 32 bytes as A1.1 (the unused low bits of the last character differ);
		// accepting it would let a replay pass as a new callback with a different replay
		// key.
		String reencoded = A1_1_SIGNATURE.substring(0, 42) + "x=";
		assertThat(java.util.Base64.getDecoder().decode(reencoded))
			.isEqualTo(java.util.Base64.getDecoder().decode(A1_1_SIGNATURE));
		assertMismatch(() -> this.javaVerifier.verifyPost(JAVA_URL, headers(A1_1_NONCE, reencoded),
				fixture("a1_1-body.json")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1e9", "-1512923419", "1512923419.", ".5", "1512923419.1234567890",
			"1512923419|POST", "15129234190000" })
	void rejectsGarbledNonce(String nonce) {
		assertRejected(Reason.MALFORMED_NONCE, () -> this.javaVerifier.verifyPost(JAVA_URL,
				headers(nonce, A1_1_SIGNATURE), fixture("a1_1-body.json")));
	}

	@Test
	void acceptsNonceWithFraction() {
		String nonce = "1427849783.886085";
		String signature = new OneTouchSigner(JAVA_KEY).sign(nonce, "POST", JAVA_URL, "a=value1&b=val%7Cue%262");
		SignedCallback callback = this.javaVerifier.verifyPost(JAVA_URL, headers(nonce, signature),
				utf8("{\"b\":\"val|ue&2\",\"a\":\"value1\"}"));
		assertThat(callback.nonce()).isEqualTo(nonce);
	}

	@Test
	void rejectsBodyThatIsNotJsonAsUnverifiable() {
		assertRejected(Reason.UNREADABLE_PARAMETERS, () -> this.javaVerifier.verifyPost(JAVA_URL,
				headers(A1_1_NONCE, A1_1_SIGNATURE), utf8("authy_id=688611&status=approved")));
		assertRejected(Reason.UNREADABLE_PARAMETERS,
				() -> this.javaVerifier.verifyPost(JAVA_URL, headers(A1_1_NONCE, A1_1_SIGNATURE), new byte[0]));
	}

	@Test
	void acceptsSignatureOfAnyConfiguredKey() {
		OneTouchSignatureVerifier verifier = new OneTouchSignatureVerifier(List.of(UPHOLD_KEY, JAVA_KEY));
		assertThat(verifier.verifyPost(JAVA_URL, headers(A1_1_NONCE, A1_1_SIGNATURE), fixture("a1_1-body.json")))
			.isNotNull();
		assertThat(verifier.verifyPost(UPHOLD_URL, headers(UPHOLD_NONCE, A2_1_SIGNATURE), fixture("a2_1-body.json")))
			.isNotNull();
	}

	@Test
	void dispatchesOnMethodInAnyCase() {
		byte[] body = fixture("a1_1-body.json");
		String query = fixtureText("a1_5-query.txt");
		assertThat(
				this.javaVerifier.verify("post", JAVA_URL, headers(A1_1_NONCE, A1_1_SIGNATURE), body, query).method())
			.isEqualTo("POST");
		assertThat(this.javaVerifier.verify("get", JAVA_URL, headers(A1_5_NONCE, A1_5_SIGNATURE), body, query).method())
			.isEqualTo("GET");
		assertRejected(Reason.UNSUPPORTED_METHOD,
				() -> this.javaVerifier.verify("PUT", JAVA_URL, headers(A1_1_NONCE, A1_1_SIGNATURE), body, query));
	}

	@Test
	void reportsCorrectlySignedButUnparseableQueryAsMalformed() {
		String query = "a=1&a%5Bb%5D=2";
		String signature = new OneTouchSigner(JAVA_KEY).sign(A1_1_NONCE, "GET", JAVA_URL, query);
		assertThatExceptionOfType(MalformedCallbackException.class)
			.isThrownBy(() -> this.javaVerifier.verifyGet(JAVA_URL, headers(A1_1_NONCE, signature), query));
	}

	@Test
	void toStringOfACallbackShowsNeitherParametersNorSignature() {
		SignedCallback callback = this.javaVerifier.verifyPost(JAVA_URL, headers(A1_1_NONCE, A1_1_SIGNATURE),
				fixture("a1_1-body.json"));
		assertThat(callback.toString()).doesNotContain("688611").doesNotContain(A1_1_SIGNATURE);
	}

	@Test
	void parsesTheNonceTimeOnce() {
		SignedCallback callback = this.javaVerifier.verifyPost(JAVA_URL, headers(A1_1_NONCE, A1_1_SIGNATURE),
				fixture("a1_1-body.json"));
		assertThat(callback.nonceTime()).isEqualTo(Instant.ofEpochSecond(Long.parseLong(A1_1_NONCE)));
	}

	@Test
	void rejectsMissingOrEmptyKeys() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OneTouchSignatureVerifier(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new OneTouchSignatureVerifier(List.of(JAVA_KEY, " ")))
			.withMessageContaining("#2");
	}

	@Test
	void toStringHidesKeys() {
		assertThat(new OneTouchSignatureVerifier(List.of(JAVA_KEY, UPHOLD_KEY)).toString()).doesNotContain(JAVA_KEY)
			.doesNotContain(UPHOLD_KEY)
			.contains("2");
	}

	@Test
	void exceptionMessagesNeverQuoteTheRequest() {
		assertThatExceptionOfType(InvalidSignatureException.class)
			.isThrownBy(() -> this.javaVerifier.verifyPost(JAVA_URL, headers(A1_1_NONCE, A1_2_SIGNATURE),
					fixture("a1_1-body.json")))
			.withMessageNotContaining(A1_2_SIGNATURE)
			.withMessageNotContaining(A1_1_NONCE)
			.withMessageNotContaining(JAVA_KEY);
	}

	private static void assertMismatch(Runnable verification) {
		assertRejected(Reason.MISMATCH, verification);
	}

	private static void assertRejected(Reason reason, Runnable verification) {
		assertThatExceptionOfType(InvalidSignatureException.class).isThrownBy(verification::run)
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(reason));
	}

}
