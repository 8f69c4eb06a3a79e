package dev.authyspring.benchmarks.clients;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Baseline: {@link HttpURLConnection} with the JDK's keep-alive cache, no mapping; the
 * body is read as a string. Without timeouts it shows what they cost: authy-java sets
 * none, and with a read timeout JDK 17 reads a socket without blocking, polling in
 * between.
 */
public final class RawUrlConnectionClient implements BenchClient {

	/** Connect timeout of this client, and of authy-java where it is given timeouts. */
	static final int CONNECT_TIMEOUT_MILLIS = 5000;

	/** Read timeout of this client, and of authy-java where it is given timeouts. */
	static final int READ_TIMEOUT_MILLIS = 10000;

	private final StubApi api;

	private final boolean timeouts;

	/**
	 * Creates the client.
	 * @param api the stub
	 * @param timeouts whether to set a connect and a read timeout, as every client should
	 */
	public RawUrlConnectionClient(StubApi api, boolean timeouts) {
		this.api = api;
		this.timeouts = timeouts;
	}

	@Override
	public String name() {
		return this.timeouts ? "raw HttpURLConnection" : "raw HttpURLConnection, no timeouts";
	}

	@Override
	public boolean verify(long authyId, String token) throws IOException {
		return get(this.api.verifyUrl(authyId, token)) != null;
	}

	@Override
	public Object status(long authyId) throws IOException {
		return get(this.api.statusUrl(authyId));
	}

	private String get(String url) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
		if (this.timeouts) {
			connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
			connection.setReadTimeout(READ_TIMEOUT_MILLIS);
		}
		connection.setRequestProperty("X-Authy-API-Key", this.api.apiKey());
		connection.setRequestProperty("Accept", "application/json");
		connection.setRequestProperty("User-Agent", StubApi.USER_AGENT);
		int status = connection.getResponseCode();
		// Reading the stream to its end and closing it returns the connection to the
		// cache.
		try (InputStream body = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
			String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
			if (status != 200) {
				throw new IOException("HTTP " + status);
			}
			return text;
		}
	}

}
