package dev.authyspring.onetouch.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.authyspring.core.internal.RailsQueryString;
import dev.authyspring.core.onetouch.CallbackParameters;
import dev.authyspring.core.onetouch.OneTouchSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the URL that goes into the signature when no public callback URL is
 * configured: the request URL as the client saw it, through forwarded headers when
 * {@code server.forward-headers-strategy} is set.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.enabled=true",
				"authy.onetouch.callback.path=/hooks/authy", "server.forward-headers-strategy=framework" })
class OneTouchCallbackForwardedHeadersTests {

	private static final String PUBLIC_URL = "https://callbacks.example.com/hooks/authy";

	private final OneTouchSigner signer = new OneTouchSigner(JAVA_KEY);

	@LocalServerPort
	private int port;

	@Autowired
	private RecordingListener listener;

	private CallbackClient client;

	@BeforeEach
	void reset() {
		this.client = new CallbackClient(this.port, "/hooks/authy");
		this.listener.reset();
	}

	@Test
	void verifiesAgainstPublicUrlReportedByProxy() {
		byte[] body = callback("behind-proxy");
		String nonce = nonce();
		assertThat(this.client
			.post(body, "X-Forwarded-Proto", "https", "X-Forwarded-Host", "callbacks.example.com",
					"X-Authy-Signature-Nonce", nonce, "X-Authy-Signature", sign(nonce, PUBLIC_URL, body))
			.statusCode()).isEqualTo(200);
		assertThat(this.listener.received("behind-proxy")).hasSize(1);
	}

	@Test
	void rejectsPublicUrlSignatureWhenProxyHeadersAreMissing() {
		byte[] body = callback("no-proxy-headers");
		String nonce = nonce();
		assertThat(this.client.post(body, CallbackClient.signed(nonce, sign(nonce, PUBLIC_URL, body))).statusCode())
			.isEqualTo(401);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void rejectsHttpsSignatureWhenProxyReportsHttp() {
		byte[] body = callback("proxy-says-http");
		String nonce = nonce();
		assertThat(this.client
			.post(body, "X-Forwarded-Proto", "http", "X-Forwarded-Host", "callbacks.example.com",
					"X-Authy-Signature-Nonce", nonce, "X-Authy-Signature", sign(nonce, PUBLIC_URL, body))
			.statusCode()).isEqualTo(401);
	}

	@Test
	void verifiesAgainstRequestUrlWithoutProxy() {
		byte[] body = callback("direct");
		String nonce = nonce();
		String url = "http://localhost:" + this.port + "/hooks/authy";
		assertThat(this.client.post(body, CallbackClient.signed(nonce, sign(nonce, url, body))).statusCode())
			.isEqualTo(200);
		assertThat(this.listener.received("direct")).hasSize(1);
	}

	@Test
	void mapsConfiguredPathOnly() {
		CallbackClient defaultPath = new CallbackClient(this.port, "/authy/onetouch/callback");
		byte[] body = callback("default-path");
		String nonce = nonce();
		String url = "http://localhost:" + this.port + "/authy/onetouch/callback";
		assertThat(defaultPath.post(body, CallbackClient.signed(nonce, sign(nonce, url, body))).statusCode())
			.isEqualTo(404);
	}

	private String sign(String nonce, String url, byte[] body) {
		return this.signer.sign(nonce, "POST", url, RailsQueryString.of(CallbackParameters.parseJson(body)));
	}

	private static String nonce() {
		return Long.toString(Instant.now().getEpochSecond());
	}

	private static byte[] callback(String uuid) {
		return ("{\"authy_id\":42,\"uuid\":\"" + uuid + "\",\"status\":\"approved\"}").getBytes(StandardCharsets.UTF_8);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

		@Bean
		RecordingListener recordingListener() {
			return new RecordingListener();
		}

	}

}
