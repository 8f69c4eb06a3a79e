package dev.authyspring.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RailsParameters}.
 */
class RailsParametersTests {

	@Test
	void buildsHashesArraysAndArraysOfHashes() {
		Map<String, Object> parameters = RailsParameters
			.parse("user%5Bemail%5D=a%40b.c&events[]=one&events[]=two&logos[][res]=default&logos[][url]=u1"
					+ "&logos[][res]=low&logos[][url]=u2&message=a+b", 8, 100);
		assertThat(parameters).containsEntry("user", Map.of("email", "a@b.c"))
			.containsEntry("events", List.of("one", "two"))
			.containsEntry("logos", List.of(Map.of("res", "default", "url", "u1"), Map.of("res", "low", "url", "u2")))
			.containsEntry("message", "a b");
	}

	@Test
	void givesAParameterWithoutEqualsSignANullValueAndARepeatedOneItsLastValue() {
		Map<String, Object> parameters = RailsParameters.parse("flag&a=1&a=2", 8, 100);
		assertThat(parameters).containsEntry("flag", null).containsEntry("a", "2");
	}

	@Test
	void countsTheBaseNameInTheDepth() {
		assertThat(RailsParameters.parse("a[b][c]=1", 3, 100)).containsKey("a");
		assertThatExceptionOfType(MalformedParametersException.class)
			.isThrownBy(() -> RailsParameters.parse("a[b][c][d]=1", 3, 100))
			.withMessage("parameters nested too deeply");
	}

	@Test
	void rejectsMoreParametersThanAllowed() {
		String[] pairs = new String[11];
		Arrays.fill(pairs, "a[]=1");
		assertThat(RailsParameters.parse(String.join("&", Arrays.copyOf(pairs, 10)), 8, 10)).containsKey("a");
		assertThatExceptionOfType(MalformedParametersException.class)
			.isThrownBy(() -> RailsParameters.parse(String.join("&", pairs), 8, 10))
			.withMessage("too many parameters");
	}

	@Test
	void rejectsMalformedTextWithoutQuotingIt() {
		for (String text : List.of("a=%zz", "a=%C3%28", "[x]=1", "a[b=1", "a[][]=1", "a=1&a[b]=2", "a[b]=1&a[]=2")) {
			assertThatExceptionOfType(MalformedParametersException.class).as(text)
				.isThrownBy(() -> RailsParameters.parse(text, 8, 100))
				.withMessageNotContaining(text);
		}
	}

}
