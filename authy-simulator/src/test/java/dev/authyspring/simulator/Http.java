package dev.authyspring.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the tests, sending the simulator's API key in the header.
 */
final class Http {

	static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final String baseUrl;

	private final String apiKey;

	Http(AuthySimulator simulator) {
		this(simulator.baseUrl(), simulator.apiKey());
	}

	Http(String baseUrl, String apiKey) {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
	}

	Response get(String path) {
		return send(request(path).GET());
	}

	Response postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Response postForm(String path, String form) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	Response post(String path) {
		return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
	}

	Response getWithoutKey(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(10)).GET());
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(10))
			.header("X-Authy-API-Key", this.apiKey);
	}

	static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, String body, HttpHeaders headers) {

		Map<String, Object> json() {
			return MAPPER.readValue(this.body, new TypeReference<Map<String, Object>>() {
			});
		}

		Object at(String... path) {
			Object current = json();
			for (String name : path) {
				current = ((Map<?, ?>) current).get(name);
			}
			return current;
		}

		long id() {
			return ((Number) at("user", "id")).longValue();
		}

	}

}
