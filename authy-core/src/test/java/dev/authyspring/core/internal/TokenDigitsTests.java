package dev.authyspring.core.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TokenDigits}.
 */
class TokenDigitsTests {

	@Test
	void acceptsSixToTwelveAsciiDigitsByDefault() {
		assertThat(TokenDigits.matches("123456")).isTrue();
		assertThat(TokenDigits.matches("123456789012")).isTrue();
		assertThat(TokenDigits.matches("12345")).isFalse();
		assertThat(TokenDigits.matches("1234567890123")).isFalse();
		assertThat(TokenDigits.matches(null)).isFalse();
	}

	@Test
	void rejectsAnythingButAsciiDigits() {
		assertThat(TokenDigits.matches("12345a")).isFalse();
		assertThat(TokenDigits.matches("123 456")).isFalse();
		assertThat(TokenDigits.matches("١٢٣٤٥٦")).isFalse();
		assertThat(TokenDigits.matches("-12345")).isFalse();
	}

	@Test
	void honoursGivenLengths() {
		assertThat(TokenDigits.matches("1234", 4, 4)).isTrue();
		assertThat(TokenDigits.matches("12345", 4, 4)).isFalse();
	}

}
