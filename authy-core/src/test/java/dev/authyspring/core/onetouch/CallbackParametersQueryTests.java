package dev.authyspring.core.onetouch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.authyspring.core.internal.RailsQueryString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.authyspring.core.onetouch.OneTouchVectors.fixtureText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CallbackParameters#parseQuery(String)}.
 */
class CallbackParametersQueryTests {

	@Test
	void parsesNestedHashes() {
		Map<String, Object> parameters = CallbackParameters.parseQuery("a%5Bb%5D%5Bc%5D=1&a%5Bd%5D=x+y&e=%C3%A9");
		assertThat(parameters).isEqualTo(Map.of("a", Map.of("b", Map.of("c", "1"), "d", "x y"), "e", "é"));
	}

	@Test
	void parsesUnescapedBrackets() {
		assertThat(CallbackParameters.parseQuery("a[b]=1&a[c][]=2"))
			.isEqualTo(Map.of("a", Map.of("b", "1", "c", List.of("2"))));
	}

	@Test
	void keepsArrayOrder() {
		assertThat(CallbackParameters.parseQuery("m%5B%5D=pin&m%5B%5D=fingerprint&m%5B%5D=face"))
			.isEqualTo(Map.of("m", List.of("pin", "fingerprint", "face")));
	}

	@Test
	void groupsArraysOfHashesPerElement() {
		String query = "logos%5B%5D%5Bres%5D=default&logos%5B%5D%5Burl%5D=u1&logos%5B%5D%5Bres%5D=low&logos%5B%5D%5Burl%5D=u2";
		assertThat(CallbackParameters.parseQuery(query)).isEqualTo(
				Map.of("logos", List.of(Map.of("res", "default", "url", "u1"), Map.of("res", "low", "url", "u2"))));
	}

	@Test
	void startsNewArrayElementWhenNestedKeyRepeats() {
		assertThat(CallbackParameters.parseQuery("a[][b][c]=1&a[][b][d]=2&a[][b][c]=3"))
			.isEqualTo(Map.of("a", List.of(Map.of("b", Map.of("c", "1", "d", "2")), Map.of("b", Map.of("c", "3")))));
	}

	@Test
	void readsEmptyValuesAsEmptyStringsAndBareNamesAsNull() {
		Map<String, Object> parameters = CallbackParameters.parseQuery("a=&b&&c=1");
		assertThat(parameters).containsEntry("a", "").containsEntry("b", null).containsEntry("c", "1").hasSize(3);
	}

	@Test
	void keepsLastValueOfRepeatedScalar() {
		assertThat(CallbackParameters.parseQuery("a=1&a=2")).isEqualTo(Map.of("a", "2"));
	}

	@Test
	void parsesEmptyQueryAsNoParameters() {
		assertThat(CallbackParameters.parseQuery("")).isEmpty();
	}

	@Test
	void rendersAuthyJavaGetVectorBackToItsRawQuery() {
		String query = fixtureText("a1_5-query.txt");
		assertThat(RailsQueryString.of(CallbackParameters.parseQuery(query))).isEqualTo(query);
	}

	@Test
	void buildsSameTreeAsJsonForStringValuedCallbacks() {
		String json = "{\"uuid\":\"u\",\"approval_request\":{\"transaction\":{\"details\":{\"Process ID\":\"12\"},"
				+ "\"message\":\"Log in?\"},\"logos\":[{\"res\":\"default\",\"url\":\"https://x/y.png\"}]},"
				+ "\"device\":{\"enabled_unlock_methods\":[\"pin\",\"fingerprint\"]}}";
		Map<String, Object> fromJson = CallbackParameters.parseJson(json.getBytes(StandardCharsets.UTF_8));
		Map<String, Object> fromQuery = CallbackParameters.parseQuery(RailsQueryString.of(fromJson));
		assertThat(fromQuery).isEqualTo(fromJson);
	}

	@Test
	void returnsUnmodifiableTree() {
		Map<String, Object> parameters = CallbackParameters.parseQuery("a[b]=1&c[]=2");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> parameters.put("x", "y"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> ((Map<String, Object>) parameters.get("a")).put("x", "y"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> ((List<Object>) parameters.get("c")).add("y"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a=1&a[b]=2", "a[b]=2&a=1", "a[]=1&a[b]=2", "a[b]=1&a[]=2", "a=%ZZ", "a=%4", "%5Bb%5D=1",
			"[]=1", "a]=1", "a[b=1", "a[b]x=1", "a[[b]]=1", "a[][]=1", "a[b][]=1&a[b][c]=2", "a&a[b]=1" })
	void rejectsMalformedQueries(String query) {
		assertThatExceptionOfType(MalformedCallbackException.class)
			.isThrownBy(() -> CallbackParameters.parseQuery(query))
			.withMessageNotContaining(query);
	}

	@Test
	void rejectsDeepNesting() {
		String name = "a" + "[b]".repeat(40);
		assertThatExceptionOfType(MalformedCallbackException.class)
			.isThrownBy(() -> CallbackParameters.parseQuery(name + "=1"));
	}

	@Test
	void rejectsTooManyParameters() {
		String[] pairs = new String[1001];
		Arrays.setAll(pairs, (i) -> "p" + i + "=1");
		assertThatExceptionOfType(MalformedCallbackException.class)
			.isThrownBy(() -> CallbackParameters.parseQuery(String.join("&", pairs)));
		assertThat(CallbackParameters.parseQuery(String.join("&", Arrays.copyOf(pairs, 1000)))).hasSize(1000);
	}

}
