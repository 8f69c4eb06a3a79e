package dev.authyspring.core.onetouch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.authyspring.core.internal.RailsQueryString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link OneTouchSigner}, {@link RailsQueryString} and
 * {@link CallbackParameters} against every vector of section A of the fixtures.
 */
class OneTouchSignerTests {

	static final String JAVA_KEY = "FU10H0uCafgKnXvPfDm5iAisVuHDgXJA";

	static final String JAVA_URL = "https://requestb.in/ui9vdiui";

	static final String UPHOLD_KEY = "1DS9YIwGquvvIdx8GdcdqZGLAewZZyhd";

	static byte[] fixture(String name) {
		try (InputStream in = OneTouchSignerTests.class.getResourceAsStream("/fixtures/onetouch/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String fixtureText(String name) {
		return new String(fixture(name), StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@CsvSource({ "a1_1, 1512923419, 6uKAaKxCkkFEyQujwdudyPNUgRi2fY5otoCOQN7VjCw=",
			"a1_2, 1570641874, QZL9dnpVH5bjPMRvC98pm9zsQ2Zv1PToXlpN5X8H1hI=" })
	void reproducesAuthyJavaPostVectors(String vector, String nonce, String expected) {
		String canonical = RailsQueryString.of(CallbackParameters.parseJson(fixture(vector + "-body.json")));
		assertThat(canonical).isEqualTo(fixtureText(vector + "-canonical.txt"));
		assertThat(new OneTouchSigner(JAVA_KEY).sign(nonce, "POST", JAVA_URL, canonical)).isEqualTo(expected);
	}

	@Test
	void reproducesAuthyJavaGetVectorFromRawQuery() {
		String query = fixtureText("a1_5-query.txt");
		assertThat(new OneTouchSigner(JAVA_KEY).sign("1512937258", "GET", JAVA_URL, query))
			.isEqualTo("W0YumwSPoL+2CX1q4XoUSY5gOmWmnrkXUmlm7NE6iGY=");
	}

	@Test
	void reproducesUpholdPostVector() {
		String canonical = RailsQueryString.of(CallbackParameters.parseJson(fixture("a2_1-body.json")));
		assertThat(canonical).isEqualTo(fixtureText("a2_1-canonical.txt"));
		assertThat(new OneTouchSigner(UPHOLD_KEY).sign("1455825429", "POST", "https://foo.bar/", canonical))
			.isEqualTo("hqB6las54sMBA83GKs0U1QQi9ocJ2tH20SXHZNzfqqQ=");
	}

	@Test
	void upholdMismatchVectorSignsToADifferentValue() {
		String canonical = RailsQueryString.of(CallbackParameters.parseJson(fixture("a2_2-body.json")));
		String signature = new OneTouchSigner(UPHOLD_KEY).sign("1455825429", "POST", "https://foo.bar/", canonical);
		assertThat(signature).isEqualTo("1I8YM+sy/RQ0s88CnagEcEtKVIxWhfzMNkCYY1z9JZI=")
			.isNotEqualTo("auCQ/qxS6TgwVzOuiWFwU93ZLe8trNoxznJMRfogzeo=");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"{\"foo\":{\"bar\":{\"biz\":\"foo\"}},\"qux\":\"net\"}; foo%5Bbar%5D%5Bbiz%5D=foo&qux=net; uq/wB8AR1Acvn0wFcjm7mmBJyR11nuuMhMy6semsAO8=",
			"{\"foo\":{\"bar\":{\"biz\":\"foo bar\"}},\"qux\":\"net\"}; foo%5Bbar%5D%5Bbiz%5D=foo+bar&qux=net; +fyGys+d5yNJx9SpeKZdf+N77od1t1cC/fVSWDW2+kY=" })
	void reproducesUpholdAssertVectors(String body, String canonical, String expected) {
		String rendered = RailsQueryString.of(CallbackParameters.parseJson(body.getBytes(StandardCharsets.UTF_8)));
		assertThat(rendered).isEqualTo(canonical);
		String signature = new OneTouchSigner("foo").sign("1455825429", "POST", "https://foo.bar/", rendered);
		assertThat(signature).isEqualTo(expected).isNotEqualTo("foo");
	}

	@Test
	void rendersDocumentationExample() {
		assertThat(RailsQueryString.of(Map.of("b", "val|ue&2", "a", "value1"))).isEqualTo("a=value1&b=val%7Cue%262");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "{\"a\":\"1\",\"a-b\":\"2\"}; a-b=2&a=1", "{\"a\":{\"x\":\"1\"},\"a-b\":\"2\"}; a%5Bx%5D=1&a-b=2",
					"{\"k\":\"a*b~c d\"}; k=a%2Ab~c+d", "{\"k\":\"café\"}; k=caf%C3%A9",
					"{\"a\":{},\"b\":[],\"c\":null,\"d\":true}; c=&d=true",
					"{\"n\":1512923419,\"f\":1.50,\"e\":-0}; e=-0&f=1.50&n=1512923419" })
	void rendersEdgeCasesLikeRails(String body, String expected) {
		assertThat(RailsQueryString.of(CallbackParameters.parseJson(body.getBytes(StandardCharsets.UTF_8))))
			.isEqualTo(expected);
	}

	@Test
	void keepsArrayOrderBeyondTenElements() {
		String body = IntStream.rangeClosed(0, 10)
			.mapToObj((i) -> "\"" + i + "\"")
			.collect(Collectors.joining(",", "{\"arr\":[", "]}"));
		String expected = IntStream.rangeClosed(0, 10)
			.mapToObj((i) -> "arr%5B%5D=" + i)
			.collect(Collectors.joining("&"));
		assertThat(RailsQueryString.of(CallbackParameters.parseJson(body.getBytes(StandardCharsets.UTF_8))))
			.isEqualTo(expected);
	}

	@Test
	void keepsArraysOfHashesGroupedPerElement() {
		String body = "{\"logos\":[{\"url\":\"u1\",\"res\":\"default\"},{\"url\":\"u2\",\"res\":\"low\"}]}";
		assertThat(RailsQueryString.of(CallbackParameters.parseJson(body.getBytes(StandardCharsets.UTF_8)))).isEqualTo(
				"logos%5B%5D%5Bres%5D=default&logos%5B%5D%5Burl%5D=u1&logos%5B%5D%5Bres%5D=low&logos%5B%5D%5Burl%5D=u2");
	}

	@Test
	void rejectsBodiesThatAreNotOneJsonObject() {
		for (String body : new String[] { "", "[]", "\"x\"", "{\"a\":1} {}", "{\"a\":", "{\"a\":1,}" }) {
			assertThatExceptionOfType(MalformedCallbackException.class).as(body)
				.isThrownBy(() -> CallbackParameters.parseJson(body.getBytes(StandardCharsets.UTF_8)));
		}
	}

	@Test
	void rejectsDeeplyNestedBodies() {
		String body = "{\"secretkey\":".repeat(100) + "1" + "}".repeat(100);
		assertThatExceptionOfType(MalformedCallbackException.class)
			.isThrownBy(() -> CallbackParameters.parseJson(body.getBytes(StandardCharsets.UTF_8)))
			.withMessageNotContaining("secretkey");
	}

	@Test
	void toStringHidesKey() {
		assertThat(new OneTouchSigner(JAVA_KEY)).hasToString("OneTouchSigner[key=<hidden>]");
	}

}
