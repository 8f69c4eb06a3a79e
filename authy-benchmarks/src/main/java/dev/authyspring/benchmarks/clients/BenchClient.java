package dev.authyspring.benchmarks.clients;

/**
 * One way of calling the two Authy operations under test. Implementations are thread-safe
 * and keep connections alive between calls.
 */
public interface BenchClient extends AutoCloseable {

	/**
	 * Short name used in the tables.
	 * @return the name
	 */
	String name();

	/**
	 * Verifies a token, {@code GET /protected/json/verify/{token}/{id}}.
	 * @param authyId the user
	 * @param token the token
	 * @return whether the token is valid (for the raw baselines: whether the call
	 * returned 200)
	 * @throws Exception on any failure
	 */
	boolean verify(long authyId, String token) throws Exception;

	/**
	 * Reads a user's status, {@code GET /protected/json/users/{id}/status}.
	 * @param authyId the user
	 * @return a value that proves the response was read, such as the status or the body
	 * @throws Exception on any failure
	 */
	Object status(long authyId) throws Exception;

	@Override
	default void close() throws Exception {
	}

}
