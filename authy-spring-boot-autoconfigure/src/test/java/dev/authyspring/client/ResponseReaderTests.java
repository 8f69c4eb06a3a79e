package dev.authyspring.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link ResponseReader}: bounded reading, JSON parsing, and error answers
 * mapped to exceptions that quote neither the API key nor personal data.
 */
class ResponseReaderTests {

	private static final String API_KEY = "ResponseReaderTestsKey0123456789";

	private final ResponseReader reader = new ResponseReader(new SecretRedaction(API_KEY));

	private final AuthyRequest request = AuthyRequest.get("apps.details", "/protected/json/app/details", CallKind.READ);

	@Test
	void readsSmallAndLargeBodiesExactly() throws IOException {
		byte[] small = "{\"success\":true}".getBytes();
		assertThat(ResponseReader.readBounded(new ByteArrayInputStream(small))).isEqualTo(small);
		byte[] large = new byte[5000];
		Arrays.fill(large, (byte) 'x');
		assertThat(ResponseReader.readBounded(new ByteArrayInputStream(large))).isEqualTo(large);
		byte[] exactlyTheInitialBuffer = new byte[512];
		assertThat(ResponseReader.readBounded(new ByteArrayInputStream(exactlyTheInitialBuffer)))
			.isEqualTo(exactlyTheInitialBuffer);
		assertThat(ResponseReader.readBounded(InputStream.nullInputStream())).isEmpty();
	}

	@Test
	void readsABodyOfExactlyOneMebibyte() throws IOException {
		byte[] limit = new byte[ResponseReader.MAX_BODY_BYTES];
		assertThat(ResponseReader.readBounded(new ByteArrayInputStream(limit))).hasSize(ResponseReader.MAX_BODY_BYTES);
	}

	@Test
	void rejectsBodiesOverOneMebibyte() {
		InputStream endless = new InputStream() {

			@Override
			public int read() {
				return 'x';
			}

		};
		assertThatIOException().isThrownBy(() -> ResponseReader.readBounded(endless))
			.withMessageContaining("larger than");
		assertThatIOException().isThrownBy(
				() -> ResponseReader.readBounded(new ByteArrayInputStream(new byte[ResponseReader.MAX_BODY_BYTES + 1])))
			.withMessageContaining("larger than");
	}

	@Test
	void aJsonObjectIsClassifiedByTheRequest() {
		AuthyResponse ok = this.reader.read(this.request, 200, bytes("{\"success\":true}"));
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(ok.body().get("success").asBoolean()).isTrue();
		assertThat(this.reader.read(this.request, 401, bytes("{\"success\":false}")).outcome())
			.isEqualTo(Outcome.ERROR);
		AuthyRequest lenient = AuthyRequest.get("tokens.verify", "/protected/json/verify/1/1", CallKind.SIDE_EFFECT)
			.classifier((status, body) -> Outcome.INVALID);
		assertThat(this.reader.read(lenient, 401, bytes("{}")).outcome()).isEqualTo(Outcome.INVALID);
	}

	@Test
	void anOkAnswerThatIsNotAJsonObjectIsATransportFailureWithAnExcerpt() {
		AuthyTransportException html = catchThrowableOfType(AuthyTransportException.class,
				() -> this.reader.read(this.request, 200, bytes("<html>\n  <p>Welcome</p></html>")));
		assertThat(html.getMessage())
			.contains("unreadable response (HTTP 200 but body '<html> <p>Welcome</p></html>')");
		assertThat(catchThrowableOfType(AuthyTransportException.class,
				() -> this.reader.read(this.request, 200, new byte[0]))
			.getMessage()).contains("an empty body");
		assertThat(catchThrowableOfType(AuthyTransportException.class,
				() -> this.reader.read(this.request, 200, bytes("[1, 2]")))
			.getMessage()).contains("body '[1, 2]'");
	}

	@Test
	void anErrorAnswerThatIsNotAJsonObjectIsAnApiExceptionWithAnExcerpt() {
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.reader.read(this.request, 502, bytes("<h1>Bad Gateway</h1>")));
		assertThat(ex.getHttpStatus()).isEqualTo(502);
		assertThat(ex.getErrorCode()).isNull();
		assertThat(ex.getFieldErrors()).isEmpty();
		assertThat(ex.getAuthyMessage()).isEqualTo("body '<h1>Bad Gateway</h1>'");
	}

	@Test
	void anExcerptIsCutRedactedAndMasked() {
		String page = "X-Authy-API-Key: " + API_KEY + " GET /protected/json/verify/7654321/1635 for bob@example.com "
				+ "x".repeat(200);
		AuthyApiException ex = catchThrowableOfType(AuthyApiException.class,
				() -> this.reader.read(this.request, 500, bytes(page)));
		assertThat(ex.getAuthyMessage()).startsWith("body 'X-Authy-API-Key: <api-key> GET")
			.endsWith("...'")
			.doesNotContain(API_KEY)
			.doesNotContain("7654321")
			.doesNotContain("1635")
			.doesNotContain("bob@");
		AuthyApiException plain = catchThrowableOfType(AuthyApiException.class,
				() -> this.reader.read(this.request, 500, bytes("x".repeat(500))));
		assertThat(plain.getAuthyMessage()).isEqualTo("body '" + "x".repeat(120) + "...'");
	}

	@Test
	void anErrorAnswerCarriesCodeMessageAndFieldErrorsRedactedAndMasked() {
		String body = "{\"message\":\"Key " + API_KEY + " cannot send to +57 300-300-3333\",\"error_code\":\"60027\","
				+ "\"errors\":{\"message\":\"ignored\",\"cellphone\":\"+57 300-300-3333 is invalid\",\"nested\":{}},"
				+ "\"email\":\"is invalid\",\"token\":\"is invalid\",\"success\":false}";
		AuthyApiException ex = this.reader.apiException("users.create", 400, JsonMapper.shared().readTree(body));
		assertThat(ex.getOperation()).isEqualTo("users.create");
		assertThat(ex.getHttpStatus()).isEqualTo(400);
		assertThat(ex.getErrorCode()).isEqualTo("60027");
		assertThat(ex.getAuthyMessage()).isEqualTo("Key <api-key> cannot send to +XX XXX-XXX-XX33");
		assertThat(ex.getFieldErrors()).containsOnly(Map.entry("cellphone", "+XX XXX-XXX-XX33 is invalid"),
				Map.entry("email", "is invalid"));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
