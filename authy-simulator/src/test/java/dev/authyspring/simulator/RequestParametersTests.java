package dev.authyspring.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RequestParameters}: query, form with Rails brackets, and JSON.
 */
class RequestParametersTests {

	@Test
	void parsesNestedHashesArraysAndArraysOfHashes() {
		RequestParameters params = RequestParameters.parse("user%5Bemail%5D=a%40b.c&events%5B%5D=one&events%5B%5D=two",
				"application/x-www-form-urlencoded",
				"logos[][res]=default&logos[][url]=u1&logos[][res]=low&logos[][url]=u2&message=a+b"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(params.string("user", "email")).isEqualTo("a@b.c");
		assertThat(params.get("events")).isEqualTo(List.of("one", "two"));
		assertThat(params.get("logos"))
			.isEqualTo(List.of(Map.of("res", "default", "url", "u1"), Map.of("res", "low", "url", "u2")));
		assertThat(params.string("message")).isEqualTo("a b");
	}

	@Test
	void bodyOverridesQueryAndJsonKeepsTypes() {
		RequestParameters params = RequestParameters.parse("force=false&via=sms", "application/json",
				"{\"force\":true,\"country_code\":1}".getBytes(StandardCharsets.UTF_8));
		assertThat(params.flag("force")).isTrue();
		assertThat(params.string("via")).isEqualTo("sms");
		assertThat(params.string("country_code")).isEqualTo("1");
	}

	@Test
	void detectsJsonWithoutContentType() {
		RequestParameters params = RequestParameters.parse(null, null,
				"{\"user\":{\"cellphone\":\"1\"}}".getBytes(StandardCharsets.UTF_8));
		assertThat(params.string("user", "cellphone")).isEqualTo("1");
	}

	@Test
	void rejectsInvalidInputWithAuthyCodes() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> RequestParameters.parse(null, "application/json", "[1]".getBytes(StandardCharsets.UTF_8)))
			.satisfies((ex) -> assertThat(ex.response().status()).isEqualTo(400));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> RequestParameters.parse(null, "application/x-www-form-urlencoded",
					new byte[] { 'a', '=', (byte) 0xC3, (byte) 0x28 }))
			.satisfies((ex) -> assertThat(((Map<?, ?>) ex.response().body()).get("error_code")).isEqualTo("60005"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> RequestParameters.parse("a=%zz", null, new byte[0]));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> RequestParameters.parse("a=1&a[b]=2", null, new byte[0]));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> RequestParameters.parse("a[b][c][d][e][f][g][h][i]=1", null, new byte[0]));
	}

}
