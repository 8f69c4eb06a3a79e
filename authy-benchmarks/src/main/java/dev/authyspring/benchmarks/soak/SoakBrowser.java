package dev.authyspring.benchmarks.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One login's browser, or rather single-page application: the session cookie, and JSON
 * requests to the factor's endpoints.
 */
final class SoakBrowser {

	private final HttpClient client;

	private final String baseUrl;

	private @Nullable String session;

	SoakBrowser(HttpClient client, String baseUrl) {
		this.client = client;
		this.baseUrl = baseUrl;
	}

	/** Logs in with the password; the form login answers with a redirect. */
	boolean logIn(String username, String password) {
		Answer answer = send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=" + username + "&password=" + password)));
		return answer.status() == 302 && !answer.location().contains("error");
	}

	Answer get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Accept", "application/json").GET());
	}

	Answer post(String path, String form) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)));
	}

	private Answer send(HttpRequest.Builder request) {
		if (this.session != null) {
			request.header("Cookie", "JSESSIONID=" + this.session);
		}
		request.timeout(Duration.ofSeconds(30));
		try {
			HttpResponse<byte[]> response = this.client.send(request.build(), BodyHandlers.ofByteArray());
			response.headers().allValues("Set-Cookie").forEach((cookie) -> {
				if (cookie.startsWith("JSESSIONID=")) {
					this.session = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
				}
			});
			return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					json(response.body()));
		}
		catch (IOException ex) {
			return new Answer(-1, "", null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(-1, "", null);
		}
	}

	private static @Nullable JsonNode json(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			return JsonMapper.shared().readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * An answer of the application.
	 *
	 * @param status the HTTP status, -1 when none came
	 * @param location the redirect target, empty if none
	 * @param json the JSON body, or {@code null}
	 */
	record Answer(int status, String location, @Nullable JsonNode json) {

		@Nullable String text(String field) {
			JsonNode node = (this.json != null) ? this.json.get(field) : null;
			return (node != null && !node.isNull()) ? node.asString() : null;
		}

		boolean authenticated() {
			return this.status == 200 && "true".equals(text("authenticated"));
		}

		/**
		 * The typed error the application showed, or {@code null} when it showed none.
		 */
		@Nullable String error() {
			return text("error");
		}

		Map<String, Object> describe() {
			return Map.of("status", this.status, "body", String.valueOf(this.json));
		}

	}

}
