package dev.authyspring.benchmarks.clients;

/**
 * Where the stub server is and what every client sends it.
 *
 * @param baseUrl base URL of the stub, such as {@code http://127.0.0.1:18080}
 * @param apiKey the API key sent in {@code X-Authy-API-Key}
 */
public record StubApi(String baseUrl, String apiKey) {

	/** Authy id used in every call. */
	public static final long AUTHY_ID = 1635;

	/** Token used in every verification. */
	public static final String TOKEN = "1234567";

	/** Sent by the clients that let us choose; the stub ignores it. */
	public static final String USER_AGENT = "authy-benchmarks";

	public String verifyUrl(long authyId, String token) {
		return this.baseUrl + "/protected/json/verify/" + token + "/" + authyId + "?force=true";
	}

	public String statusUrl(long authyId) {
		return this.baseUrl + "/protected/json/users/" + authyId + "/status";
	}

}
