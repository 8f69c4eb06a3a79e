package dev.authyspring.simulator;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The simulator's random codes, secrets and identifiers, all from one
 * {@link SecureRandom}.
 */
final class RandomCodes {

	private final SecureRandom random = new SecureRandom();

	String digits(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append((char) ('0' + this.random.nextInt(10)));
		}
		return code.toString();
	}

	String hex(int length) {
		byte[] bytes = new byte[length / 2];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** As long as the device signatures in recorded callbacks. */
	String signature() {
		byte[] bytes = new byte[256];
		this.random.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	/** A TOTP secret, as long as an HMAC-SHA1 key should be. */
	byte[] secret() {
		byte[] secret = new byte[20];
		this.random.nextBytes(secret);
		return secret;
	}

}
