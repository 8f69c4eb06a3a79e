package dev.authyspring.onetouch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.core.onetouch.CallbackParameters;
import dev.authyspring.core.onetouch.MalformedCallbackException;
import dev.authyspring.core.onetouch.OneTouchSignatureVerifier;
import dev.authyspring.core.onetouch.SignedCallback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.authyspring.core.onetouch.OneTouchVectors.A1_1_NONCE;
import static dev.authyspring.core.onetouch.OneTouchVectors.A1_1_SIGNATURE;
import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_URL;
import static dev.authyspring.core.onetouch.OneTouchVectors.fixture;
import static dev.authyspring.core.onetouch.OneTouchVectors.fixtureText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link OneTouchCallback}.
 */
class OneTouchCallbackTests {

	@Test
	void readsPostCallback() {
		OneTouchCallback callback = OneTouchCallback.from(CallbackParameters.parseJson(fixture("a1_2-body.json")));
		assertThat(callback.uuid()).isEqualTo("4a725520-bff5-0135-eb01-0e5d90336a8c");
		assertThat(callback.authyId()).isEqualTo(688611L);
		assertThat(callback.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(callback.callbackAction()).isEqualTo("approval_request_status");
		assertThat(callback.deviceUuid()).isEqualTo("2102943");
		assertThat(callback.message()).isEqualTo("Authorize OneTouch Unit Test");
		assertThat(callback.details()).containsEntry("Username", "jdoe").containsEntry("Process ID", "1234567890");
		assertThat(callback.hiddenDetails()).isEqualTo(Map.of("transaction_id", "TR139872562346"));
		assertThat(callback.device()).containsEntry("os_type", "android")
			.containsEntry("enabled_unlock_methods", List.of("pin", "fingerprint"))
			.containsEntry("city", null);
		assertThat(callback.parameters()).containsKey("signature");
	}

	@Test
	void replayKeyIsTheAnswerNotTheDeliverySoThatAReSignedRedeliveryIsADuplicate() {
		SignedCallback callback = OneTouchSignatureVerifier.of(JAVA_KEY).verifyPost(JAVA_URL, (name) -> switch (name) {
			case OneTouchSignatureVerifier.NONCE_HEADER -> A1_1_NONCE;
			case OneTouchSignatureVerifier.SIGNATURE_HEADER -> A1_1_SIGNATURE;
			default -> null;
		}, fixture("a1_1-body.json"));
		OneTouchCallback parsed = OneTouchCallback.from(callback.parameters());
		assertThat(parsed.replayKey()).isEqualTo(parsed.authyId() + ":" + parsed.uuid() + ":APPROVED")
			.doesNotContain(A1_1_NONCE);
	}

	@Test
	void readsGetCallbackTheSameWay() {
		OneTouchCallback callback = OneTouchCallback.from(CallbackParameters.parseQuery(fixtureText("a1_5-query.txt")));
		assertThat(callback.uuid()).isEqualTo("7e272da0-c015-0135-eafc-0e5d90336a8c");
		assertThat(callback.authyId()).isEqualTo(688611L);
		assertThat(callback.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(callback.deviceUuid()).isEqualTo("2102943");
		assertThat(callback.message()).isEqualTo("Authorize OneTouch Unit Test");
		assertThat(callback.details()).isEmpty();
		assertThat(callback.hiddenDetails()).isEmpty();
		assertThat(callback.device()).containsEntry("country", "Colombia").containsEntry("city", "");
	}

	@Test
	void refusesAStatusInAnotherCaseThanAuthySends() {
		for (String status : new String[] { "DENIED", "Approved", "APPROVED" }) {
			assertThatExceptionOfType(MalformedCallbackException.class)
				.isThrownBy(() -> parse("{\"uuid\":\"u\",\"authy_id\":1,\"status\":\"" + status + "\"}"))
				.withMessage("callback 'status' is neither approved nor denied");
		}
	}

	@Test
	void readsADenialAsTheApprovalStatusTheClientReads() {
		OneTouchCallback callback = parse("{\"uuid\":\"u\",\"authy_id\":1,\"status\":\"denied\"}");
		assertThat(callback.status()).isEqualTo(ApprovalStatus.DENIED);
		assertThat(callback.replayKey()).isEqualTo("1:u:DENIED");
	}

	@Test
	void refusesTheStatesThatAreNoAnswer() {
		for (String status : new String[] { "pending", "expired" }) {
			assertThatExceptionOfType(MalformedCallbackException.class)
				.isThrownBy(() -> parse("{\"uuid\":\"u\",\"authy_id\":1,\"status\":\"" + status + "\"}"))
				.withMessage("callback 'status' is neither approved nor denied");
		}
		for (ApprovalStatus status : new ApprovalStatus[] { ApprovalStatus.PENDING, ApprovalStatus.EXPIRED }) {
			assertThatIllegalArgumentException().isThrownBy(() -> OneTouchCallback.builder("u", 1, status).build())
				.withMessage("'status' must be APPROVED or DENIED");
		}
	}

	@Test
	void builderDefaultsAreWhatACallbackWithOnlyTheRequiredMembersReads() {
		assertThat(OneTouchCallback.builder("u", 1234, ApprovalStatus.DENIED).build())
			.isEqualTo(OneTouchCallback.from(Map.of("uuid", "u", "authy_id", "1234", "status", "denied")));
	}

	@Test
	void builderSetsEveryComponent() {
		OneTouchCallback parsed = OneTouchCallback.from(CallbackParameters.parseJson(fixture("a1_2-body.json")));
		OneTouchCallback built = OneTouchCallback.builder(parsed.uuid(), parsed.authyId(), parsed.status())
			.callbackAction(parsed.callbackAction())
			.deviceUuid(parsed.deviceUuid())
			.message(parsed.message())
			.details(parsed.details())
			.hiddenDetails(parsed.hiddenDetails())
			.device(parsed.device())
			.parameters(parsed.parameters())
			.build();
		assertThat(built).isEqualTo(parsed);
	}

	@Test
	void toleratesMissingOptionalMembersAndOldInspectStrings() {
		OneTouchCallback callback = parse(
				"{\"uuid\":\"u\",\"authy_id\":\"1234\",\"status\":\"approved\",\"approval_request\":\"{\\\"transaction\\\"=>{}}\"}");
		assertThat(callback.message()).isNull();
		assertThat(callback.callbackAction()).isNull();
		assertThat(callback.details()).isEmpty();
		assertThat(callback.device()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"authy_id\":1,\"status\":\"approved\"}",
			"{\"uuid\":\"\",\"authy_id\":1,\"status\":\"approved\"}", "{\"uuid\":\"u\",\"status\":\"approved\"}",
			"{\"uuid\":\"u\",\"authy_id\":\"x1\",\"status\":\"approved\"}",
			"{\"uuid\":\"u\",\"authy_id\":-1,\"status\":\"approved\"}",
			"{\"uuid\":\"u\",\"authy_id\":1.5,\"status\":\"approved\"}",
			"{\"uuid\":\"u\",\"authy_id\":1234567890123456789012,\"status\":\"approved\"}",
			"{\"uuid\":\"u\",\"authy_id\":1,\"status\":\"pending\"}", "{\"uuid\":\"u\",\"authy_id\":1}",
			"{\"uuid\":{\"a\":1},\"authy_id\":1,\"status\":\"approved\"}" })
	void rejectsCallbacksWithoutValidRequiredMembers(String body) {
		assertThatExceptionOfType(MalformedCallbackException.class).isThrownBy(() -> parse(body));
	}

	@Test
	void toStringLeavesOutPersonalData() {
		OneTouchCallback callback = OneTouchCallback.from(CallbackParameters.parseJson(fixture("a1_2-body.json")));
		assertThat(callback.toString()).contains("4a725520-bff5-0135-eb01-0e5d90336a8c")
			.contains("APPROVED")
			.doesNotContain("190.130.65.251")
			.doesNotContain("jdoe")
			.doesNotContain("Colombia");
	}

	@Test
	void eventRequiresCallback() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OneTouchCallbackEvent(null));
	}

	private static OneTouchCallback parse(String json) {
		return OneTouchCallback.from(CallbackParameters.parseJson(json.getBytes(StandardCharsets.UTF_8)));
	}

}
