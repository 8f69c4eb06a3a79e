package dev.authyspring.benchmarks.clients;

import com.authy.AuthyApiClient;
import com.authy.api.Token;
import com.authy.api.Tokens;
import com.authy.api.UserStatus;
import com.authy.api.Users;

/**
 * The official {@code com.authy:authy-java} client, on {@code HttpURLConnection}.
 */
public final class AuthyJavaClient implements BenchClient {

	private final Tokens tokens;

	private final Users users;

	public AuthyJavaClient(StubApi api) {
		// The test flag only lets it use plain HTTP (it casts to HttpsURLConnection otherwise).
		AuthyApiClient client = new AuthyApiClient(api.apiKey(), api.baseUrl(), true);
		this.tokens = client.getTokens();
		this.users = client.getUsers();
	}

	@Override
	public String name() {
		return "authy-java 1.5.1";
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
