package dev.authyspring.benchmarks.clients;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Baseline: one shared {@link HttpClient} (HTTP/1.1, keep-alive), no mapping; the body is
 * read as a string.
 */
public final class RawJdkHttpClient implements BenchClient {

	private final StubApi api;

	private final HttpClient client;

	public RawJdkHttpClient(StubApi api) {
		this.api = api;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	@Override
	public String name() {
		return "raw JDK HttpClient";
	}

	@Override
	public boolean verify(long authyId, String token) throws IOException, InterruptedException {
		return get(this.api.verifyUrl(authyId, token)) != null;
	}

	@Override
	public Object status(long authyId) throws IOException, InterruptedException {
		return get(this.api.statusUrl(authyId));
	}

	private String get(String url) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.header("X-Authy-API-Key", this.api.apiKey())
			.header("Accept", "application/json")
			.header("User-Agent", StubApi.USER_AGENT)
			.GET()
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode());
		}
		return response.body();
	}

}
