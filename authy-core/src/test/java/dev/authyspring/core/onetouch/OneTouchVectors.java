package dev.authyspring.core.onetouch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values of the signature vectors in section A of the fixtures, shared by the verifier
 * and endpoint tests.
 */
public final class OneTouchVectors {

	/** API key of the authy-java vectors (A1). */
	public static final String JAVA_KEY = "FU10H0uCafgKnXvPfDm5iAisVuHDgXJA";

	/** Callback URL of the authy-java vectors (A1). */
	public static final String JAVA_URL = "https://requestb.in/ui9vdiui";

	/** Nonce of A1.1. */
	public static final String A1_1_NONCE = "1512923419";

	/** Signature of A1.1. */
	public static final String A1_1_SIGNATURE = "6uKAaKxCkkFEyQujwdudyPNUgRi2fY5otoCOQN7VjCw=";

	/** Nonce of A1.2. */
	public static final String A1_2_NONCE = "1570641874";

	/** Signature of A1.2. */
	public static final String A1_2_SIGNATURE = "QZL9dnpVH5bjPMRvC98pm9zsQ2Zv1PToXlpN5X8H1hI=";

	/** Nonce of A1.5 (GET). */
	public static final String A1_5_NONCE = "1512937258";

	/** Signature of A1.5 (GET). */
	public static final String A1_5_SIGNATURE = "W0YumwSPoL+2CX1q4XoUSY5gOmWmnrkXUmlm7NE6iGY=";

	/** API key of the uphold client vectors (A2). */
	public static final String UPHOLD_KEY = "1DS9YIwGquvvIdx8GdcdqZGLAewZZyhd";

	/** API key of the uphold assert vectors (A3). */
	public static final String UPHOLD_ASSERT_KEY = "foo";

	/** URL of the uphold vectors (A2, A3). */
	public static final String UPHOLD_URL = "https://foo.bar/";

	/** Nonce of every uphold vector. */
	public static final String UPHOLD_NONCE = "1455825429";

	/** Signature of A2.1 (valid). */
	public static final String A2_1_SIGNATURE = "hqB6las54sMBA83GKs0U1QQi9ocJ2tH20SXHZNzfqqQ=";

	/** Signature header of A2.2 (does not match its body). */
	public static final String A2_2_SIGNATURE = "auCQ/qxS6TgwVzOuiWFwU93ZLe8trNoxznJMRfogzeo=";

	/** Body of A3.1 and A3.3. */
	public static final String A3_1_BODY = "{\"foo\":{\"bar\":{\"biz\":\"foo\"}},\"qux\":\"net\"}";

	/** Signature of A3.1. */
	public static final String A3_1_SIGNATURE = "uq/wB8AR1Acvn0wFcjm7mmBJyR11nuuMhMy6semsAO8=";

	/** Body of A3.2. */
	public static final String A3_2_BODY = "{\"foo\":{\"bar\":{\"biz\":\"foo bar\"}},\"qux\":\"net\"}";

	/** Signature of A3.2. */
	public static final String A3_2_SIGNATURE = "+fyGys+d5yNJx9SpeKZdf+N77od1t1cC/fVSWDW2+kY=";

	/** Signature value of A3.3 (not a signature at all). */
	public static final String A3_3_SIGNATURE = "foo";

	private OneTouchVectors() {
	}

	/**
	 * Reads a fixture file.
	 * @param name the file name under {@code fixtures/onetouch}
	 * @return the bytes
	 */
	public static byte[] fixture(String name) {
		try (InputStream in = OneTouchVectors.class.getResourceAsStream("/fixtures/onetouch/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads a fixture file as UTF-8 text.
	 * @param name the file name under {@code fixtures/onetouch}
	 * @return the text
	 */
	public static String fixtureText(String name) {
		return new String(fixture(name), StandardCharsets.UTF_8);
	}

}
