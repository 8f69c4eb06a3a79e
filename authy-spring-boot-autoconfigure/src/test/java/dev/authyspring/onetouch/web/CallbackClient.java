package dev.authyspring.onetouch.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * Sends raw callback requests to the endpoint on a real port with the JDK client, so that
 * the exact bytes of the body and the query string reach the server.
 */
final class CallbackClient {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	CallbackClient(int port, String path) {
		this.baseUrl = "http://localhost:" + port + path;
	}

	HttpResponse<String> post(byte[] body, String... headers) {
		return send("POST", BodyPublishers.ofByteArray(body), null, headers);
	}

	HttpResponse<String> postChunked(byte[] body, String... headers) {
		// An input stream of unknown length makes the client send Transfer-Encoding:
		// chunked.
		return send("POST", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), null, headers);
	}

	HttpResponse<String> get(String rawQuery, String... headers) {
		return send("GET", BodyPublishers.noBody(), rawQuery, headers);
	}

	HttpResponse<String> send(String method, BodyPublisher body, String rawQuery, String... headers) {
		URI uri = URI.create(this.baseUrl + ((rawQuery != null) ? "?" + rawQuery : ""));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).method(method, body);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return this.client.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String[] signed(String nonce, String signature) {
		return new String[] { "X-Authy-Signature-Nonce", nonce, "X-Authy-Signature", signature };
	}

}
