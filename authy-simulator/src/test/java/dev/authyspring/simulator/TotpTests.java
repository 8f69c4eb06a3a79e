package dev.authyspring.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Totp} against the SHA-1 vectors of RFC 6238 appendix B.
 */
class TotpTests {

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void reproducesRfc6238Vectors(long seconds, String expected) {
		byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
		assertThat(Totp.code(secret, Instant.ofEpochSecond(seconds), 8)).isEqualTo(expected);
	}

}
