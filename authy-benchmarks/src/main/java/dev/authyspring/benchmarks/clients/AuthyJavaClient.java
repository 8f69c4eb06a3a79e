package dev.authyspring.benchmarks.clients;

import java.util.List;

import com.authy.AuthyApiClient;
import com.authy.api.Token;
import com.authy.api.Tokens;
import com.authy.api.UserStatus;
import com.authy.api.Users;

/**
 * The official {@code com.authy:authy-java} client, on {@code HttpURLConnection}.
 */
public final class AuthyJavaClient implements BenchClient {

	private static final String CONNECT_TIMEOUT_PROPERTY = "sun.net.client.defaultConnectTimeout";

	private static final String READ_TIMEOUT_PROPERTY = "sun.net.client.defaultReadTimeout";

	/**
	 * JVM options that give authy-java, which sets no timeouts of its own, the timeouts
	 * of the raw {@code HttpURLConnection} baseline: {@code HttpURLConnection}'s JVM-wide
	 * defaults.
	 */
	public static final List<String> TIMEOUT_OPTIONS = List.of(
			"-D" + CONNECT_TIMEOUT_PROPERTY + "=" + RawUrlConnectionClient.CONNECT_TIMEOUT_MILLIS,
			"-D" + READ_TIMEOUT_PROPERTY + "=" + RawUrlConnectionClient.READ_TIMEOUT_MILLIS);

	private final Tokens tokens;

	private final Users users;

	private final boolean timeouts;

	/**
	 * Creates the client.
	 * @param api the stub
	 * @param timeouts whether this JVM was started with {@link #TIMEOUT_OPTIONS}, which
	 * it checks: they apply to every {@code HttpURLConnection} of the JVM, so only a JVM
	 * of its own can have them
	 */
	public AuthyJavaClient(StubApi api, boolean timeouts) {
		if (timeouts && (System.getProperty(CONNECT_TIMEOUT_PROPERTY) == null
				|| System.getProperty(READ_TIMEOUT_PROPERTY) == null)) {
			throw new IllegalStateException("authy-java with timeouts needs a JVM started with " + TIMEOUT_OPTIONS);
		}
		// The test flag only lets it use plain HTTP (it casts to HttpsURLConnection
		// otherwise).
		AuthyApiClient client = new AuthyApiClient(api.apiKey(), api.baseUrl(), true);
		this.tokens = client.getTokens();
		this.users = client.getUsers();
		this.timeouts = timeouts;
	}

	@Override
	public String name() {
		return this.timeouts ? "authy-java 1.5.1, JVM-wide timeouts" : "authy-java 1.5.1";
	}

	@Override
	public boolean verify(long authyId, String token) throws Exception {
		Token result = this.tokens.verify(Math.toIntExact(authyId), token);
		return result.isOk();
	}

	@Override
	public Object status(long authyId) throws Exception {
		UserStatus status = this.users.requestStatus(Math.toIntExact(authyId));
		if (!status.isOk()) {
			throw new IllegalStateException("authy-java status not ok: " + status.getStatus());
		}
		return status;
	}

}
