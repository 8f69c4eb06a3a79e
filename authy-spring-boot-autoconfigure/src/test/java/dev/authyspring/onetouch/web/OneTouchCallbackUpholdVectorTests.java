package dev.authyspring.onetouch.web;

import java.nio.charset.StandardCharsets;

import dev.authyspring.client.model.ApprovalStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static dev.authyspring.core.onetouch.OneTouchVectors.A2_1_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A2_2_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A3_1_BODY;
import static dev.authyspring.core.onetouch.OneTouchVectors.A3_1_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A3_2_BODY;
import static dev.authyspring.core.onetouch.OneTouchVectors.A3_2_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A3_3_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.UPHOLD_ASSERT_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.UPHOLD_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.UPHOLD_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.UPHOLD_URL;
import static dev.authyspring.core.onetouch.OneTouchVectors.fixture;
import static dev.authyspring.onetouch.web.CallbackClient.signed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the OneTouch callback endpoint with the uphold client vectors of sections A2
 * and A3, their second key accepted as an additional key, and the age check turned off so
 * that their 2016 nonces are fresh against the system clock.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "authy.api-key=" + UPHOLD_KEY, "authy.onetouch.callback.additional-keys=" + UPHOLD_ASSERT_KEY,
				"authy.onetouch.callback.url=" + UPHOLD_URL, "authy.onetouch.callback.max-age=0" })
class OneTouchCallbackUpholdVectorTests {

	@LocalServerPort
	private int port;

	@Autowired
	private RecordingListener listener;

	private CallbackClient client;

	@BeforeEach
	void reset() {
		this.client = new CallbackClient(this.port, "/authy/onetouch/callback");
		this.listener.reset();
	}

	@Test
	void acceptsValidVectorA2_1() {
		assertThat(this.client.post(fixture("a2_1-body.json"), signed(UPHOLD_NONCE, A2_1_SIGNATURE)).statusCode())
			.isEqualTo(200);
		assertThat(this.listener.callbacks).singleElement().satisfies((callback) -> {
			assertThat(callback.uuid()).isEqualTo("996221c0-b7a7-0133-7c06-0e67b818e6fb");
			assertThat(callback.authyId()).isEqualTo(1234567L);
			assertThat(callback.status()).isEqualTo(ApprovalStatus.APPROVED);
			assertThat(callback.deviceUuid()).isEqualTo("4d89c320-a9bb-0133-7c02-0e67b818e6fb");
			assertThat(callback.message()).isEqualTo(".");
		});
	}

	@Test
	void rejectsMismatchVectorA2_2() {
		assertThat(this.client.post(fixture("a2_2-body.json"), signed(UPHOLD_NONCE, A2_2_SIGNATURE)).statusCode())
			.isEqualTo(401);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void verifiesVectorsA3_1AndA3_2WithAdditionalKeyButRejectsThemAsNotCallbacks() {
		// Correctly signed (else 401), but {"foo":..,"qux":..} has no uuid, authy_id or
		// status.
		assertThat(this.client.post(utf8(A3_1_BODY), signed(UPHOLD_NONCE, A3_1_SIGNATURE)).statusCode()).isEqualTo(400);
		assertThat(this.client.post(utf8(A3_2_BODY), signed(UPHOLD_NONCE, A3_2_SIGNATURE)).statusCode()).isEqualTo(400);
		assertThat(this.listener.callbacks).isEmpty();
	}

	@Test
	void rejectsVectorA3_3WhoseSignatureIsNotASignature() {
		assertThat(this.client.post(utf8(A3_1_BODY), signed(UPHOLD_NONCE, A3_3_SIGNATURE)).statusCode()).isEqualTo(401);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
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
