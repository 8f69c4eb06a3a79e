package dev.authyspring.benchmarks.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Fixtures of authy-fixtures.md used by the benchmarks.
 */
public final class Fixtures {

	/** A1.2: API key of twilio/authy-java's signature tests. */
	public static final String A1_2_KEY = "FU10H0uCafgKnXvPfDm5iAisVuHDgXJA";

	/** A1.2: nonce. */
	public static final String A1_2_NONCE = "1570641874";

	/** A1.2: callback URL. */
	public static final String A1_2_URL = "https://requestb.in/ui9vdiui";

	/** A1.2: expected signature. */
	public static final String A1_2_SIGNATURE = "QZL9dnpVH5bjPMRvC98pm9zsQ2Zv1PToXlpN5X8H1hI=";

	/**
	 * B1: {@code GET /protected/json/users/{id}/status}, 200; the nginx stub serves it
	 * too.
	 */
	public static final String USER_STATUS = "{\"status\":{\"authy_id\":2,\"confirmed\":true,\"registered\":true,"
			+ "\"country_code\":1,\"phone_number\":\"XXX-XXX-9302\",\"devices\":[\"authy_chrome\",\"android\"]},"
			+ "\"message\":\"User status.\",\"success\":true}";

	/**
	 * B1: {@code GET /protected/json/verify/{token}/{id}}, 200; the nginx stub serves it
	 * too.
	 */
	public static final String TOKEN_VALID = "{\"message\":\"Token is valid.\",\"token\":\"is valid\",\"success\":\"true\","
			+ "\"device\":{\"id\":null,\"os_type\":\"sms\",\"registration_date\":1500648405,\"registration_method\":null,"
			+ "\"registration_country\":null,\"registration_region\":null,\"registration_city\":null,\"country\":null,"
			+ "\"region\":null,\"city\":null,\"ip\":null,\"last_account_recovery_at\":1494631010,\"last_sync_date\":null}}";

	private Fixtures() {
	}

	/**
	 * Reads the A1.2 body: the largest POST callback, with details, hidden details and
	 * unlock methods.
	 * @return the exact bytes
	 */
	public static byte[] a12Body() {
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/a1_2-body.json")) {
			if (in == null) {
				throw new IllegalStateException("fixtures/a1_2-body.json is not on the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
