package dev.authyspring.client;

import dev.authyspring.client.model.PhoneInfo;
import dev.authyspring.client.model.PhoneType;
import dev.authyspring.client.model.PhoneVerification;
import dev.authyspring.client.model.PhoneVerificationCheck;
import dev.authyspring.client.model.PhoneVerificationStatus;
import dev.authyspring.client.model.VerificationOptions;
import dev.authyspring.client.model.VerificationState;
import dev.authyspring.client.model.Via;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AuthyPhones}: phone verification start, check and status, and phone information.
 */
class AuthyPhonesTests extends AuthyWireMockTestSupport {

	static final String START = "/protected/json/phones/verification/start";

	static final String CHECK = "/protected/json/phones/verification/check";

	static final String STATUS = "/protected/json/phones/verification/status";

	static final String INFO = "/protected/json/phones/info";

	// phones.verificationStart

	@Test
	void startByCallSendsJsonAndReadsAuthyJavaAnswer() {
		wireMock.stubFor(post(urlPathEqualTo(START))
			.willReturn(recorded(200, "authy-java/verification-start-call-es-200.json")));
		PhoneVerification started = this.client.phones()
			.verificationStart("775-461-5609", 1, Via.CALL, new VerificationOptions("es", null, null, null));
		assertThat(started.message()).isEqualTo("Llamada a +1 775-461-5609 fue iniciada.");
		assertThat(started.uuid()).isEqualTo("bec828c0-b535-0135-8e26-1226b57fac04");
		assertThat(started.carrier()).isEqualTo("Pinger - Bandwidth.com - Sybase365");
		assertThat(started.cellphone()).isFalse();
		assertThat(started.ported()).isNull();
		assertThat(started.secondsToExpire()).isEqualTo(599);
		wireMock.verify(1, authyPost(START).withRequestBody(equalToJson(
				"{\"country_code\":1,\"phone_number\":\"775-461-5609\",\"locale\":\"es\",\"via\":\"call\"}")));
		assertThat(onlyRequest().getUrl()).isEqualTo(START);
	}

	@Test
	void startToStringMasksTheEchoedNumber() {
		wireMock.stubFor(
				post(urlPathEqualTo(START)).willReturn(recorded(200, "authy-java/verification-start-sms-en-200.json")));
		PhoneVerification started = this.client.phones().verificationStart("775-461-5609", 1, Via.SMS);
		assertThat(started.message()).isEqualTo("Text message sent to +1 775-461-5609.");
		assertThat(started.toString()).doesNotContain("775-461-5609").doesNotContain("461").contains("XX09");
	}

	@Test
	void startSendsOnlyViaCountryAndNumberByDefault() {
		wireMock.stubFor(post(urlPathEqualTo(START))
			.willReturn(recorded(200, "uphold-authy-client/verification-start-sms-200.json")));
		PhoneVerification started = this.client.phones().verificationStart("7754615609", 1, Via.SMS);
		assertThat(started.carrier()).isEqualTo("AT&T Mobility (New Cingular Wireless PCS, LLC)");
		assertThat(started.cellphone()).isTrue();
		assertThat(started.ported()).isFalse();
		assertThat(started.uuid()).isNull();
		assertThat(started.secondsToExpire()).isNull();
		wireMock.verify(1, authyPost(START)
			.withRequestBody(equalToJson("{\"country_code\":1,\"phone_number\":\"7754615609\",\"via\":\"sms\"}")));
	}

	@Test
	void startSendsUpholdRequestWithLocale() {
		wireMock.stubFor(post(urlPathEqualTo(START))
			.willReturn(recorded(200, "uphold-authy-client/verification-start-sms-200.json")));
		this.client.phones()
			.verificationStart("7754615609", 1, Via.SMS, new VerificationOptions("es", null, null, null));
		wireMock.verify(1, authyPost(START).withRequestBody(
				equalToJson("{\"country_code\":1,\"locale\":\"es\",\"phone_number\":\"7754615609\",\"via\":\"sms\"}")));
	}

	@Test
	void startSendsCodeLengthCustomCodeAndCustomMessage() {
		wireMock
			.stubFor(post(urlPathEqualTo(START)).willReturn(recorded(200, "other/twilio-verify-docs-start-200.json")));
		VerificationOptions options = new VerificationOptions("pt-BR", 8, "12345678", "Your code & more: {{code}}");
		PhoneVerification started = this.client.phones().verificationStart("987-654-3210", 1, Via.SMS, options);
		assertThat(started.carrier()).isEqualTo("AT&T Wireless");
		assertThat(started.uuid()).isEqualTo("b8ebcd40-1234-5678-3fb5-0e5d6a065904");
		assertThat(started.secondsToExpire()).isEqualTo(599);
		assertThat(options.toString()).doesNotContain("12345678");
		wireMock.verify(1, authyPost(START).withRequestBody(equalToJson("""
				{"via":"sms","country_code":1,"phone_number":"987-654-3210","locale":"pt-BR","code_length":8,
				 "custom_code":"12345678","custom_message":"Your code & more: {{code}}"}""")));
	}

	@Test
	void startReadsOtherRecordedAnswers() {
		wireMock
			.stubFor(post(urlPathEqualTo(START)).willReturn(recorded(200, "authy-ruby/verification-start-200.json")));
		PhoneVerification ruby = this.client.phones().verificationStart("201-555-0123", 1, Via.SMS);
		assertThat(ruby.uuid()).isNull();
		assertThat(ruby.secondsToExpire()).isZero();
		assertThat(ruby.cellphone()).isTrue();
		assertThat(ruby.ported()).isFalse();
		assertThat(ruby.carrier()).isEqualTo("Fixed Line Operators and Other Networks");
		wireMock.stubFor(post(urlPathEqualTo(START))
			.willReturn(recorded(200, "uphold-authy-client/verification-start-call-200.json")));
		assertThat(this.client.phones().verificationStart("111-111-1111", 1, Via.CALL).message())
			.isEqualTo("Call to +1 111-111-1111 initiated");
		wireMock.stubFor(
				post(urlPathEqualTo(START)).willReturn(recorded(200, "authy-php/verification-start-sms-200.json")));
		assertThat(this.client.phones().verificationStart("111-111-1111", 1, Via.SMS))
			.isEqualTo(new PhoneVerification("Text message sent", null, null, null, null, null));
		wireMock.stubFor(
				post(urlPathEqualTo(START)).willReturn(recorded(200, "authy-php/verification-start-call-200.json")));
		assertThat(this.client.phones().verificationStart("111-111-1111", 1, Via.CALL).message())
			.isEqualTo("Call to xxx-xxx-1111 initiated");
	}

	@Test
	void startWithInvalidNumberIsApiException() {
		wireMock
			.stubFor(post(urlPathEqualTo(START)).willReturn(recorded(400, "authy-java/verification-400-60033.json")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.phones().verificationStart("555-9302", 54, Via.SMS))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(400);
				assertThat(ex.getErrorCode()).isEqualTo("60033");
				assertThat(ex.getAuthyMessage()).isEqualTo("Phone number is invalid");
				assertThat(ex.getOperation()).isEqualTo("phones.verificationStart");
			});
		wireMock.stubFor(
				post(urlPathEqualTo(START)).willReturn(recorded(400, "authy-ruby/verification-start-400-60004.json")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.phones().verificationStart("555-9302", 54, Via.SMS))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo("60004");
				assertThat(ex.getAuthyMessage()).isEqualTo("Invalid parameter: country_code - Parameter is required");
			});
	}

	// phones.verificationCheck

	@Test
	void checkSendsQueryAndIsValidOnOk() {
		wireMock
			.stubFor(get(urlPathEqualTo(CHECK)).willReturn(recorded(200, "authy-java/verification-check-200.json")));
		PhoneVerificationCheck check = this.client.phones().verificationCheck("775-461-5609", 1, "1234");
		assertThat(check).isEqualTo(new PhoneVerificationCheck(true, "Verification code is correct.", null));
		wireMock.verify(1,
				authyGet(CHECK).withQueryParam("phone_number", equalTo("775-461-5609"))
					.withQueryParam("country_code", equalTo("1"))
					.withQueryParam("verification_code", equalTo("1234")));
		assertThat(onlyRequest().getUrl())
			.isEqualTo(CHECK + "?phone_number=775-461-5609&country_code=1&verification_code=1234");
	}

	@Test
	void checkEncodesSpacesAndParenthesesInTheNumber() {
		wireMock
			.stubFor(get(urlPathEqualTo(CHECK)).willReturn(recorded(200, "authy-ruby/verification-check-200.json")));
		assertThat(this.client.phones().verificationCheck("(201) 555 0123", 1, "0123456789").valid()).isTrue();
		assertThat(onlyRequest().getUrl())
			.isEqualTo(CHECK + "?phone_number=%28201%29%20555%200123&country_code=1&verification_code=0123456789");
	}

	@Test
	void checkIsValidOnOtherRecordedOkAnswers() {
		for (String fixture : new String[] { "authy-ruby/verification-check-200.json",
				"uphold-authy-client/verification-check-200.json", "authy-php/verification-check-200.json" }) {
			wireMock.stubFor(get(urlPathEqualTo(CHECK)).willReturn(recorded(200, fixture)));
			assertThat(this.client.phones().verificationCheck("201-555-0123", 1, "1234").valid()).as(fixture).isTrue();
		}
	}

	@Test
	void checkWithWrongCodeIsInvalidWithErrorCode() {
		for (String fixture : new String[] { "authy-java/verification-check-401-60022.json",
				"authy-ruby/verification-check-401-60022.json",
				"other/authy-python-readme-verification-check-60022.json" }) {
			wireMock.stubFor(get(urlPathEqualTo(CHECK)).willReturn(recorded(401, fixture)));
			assertThat(this.client.phones().verificationCheck("201-555-0123", 1, "1234")).as(fixture)
				.isEqualTo(new PhoneVerificationCheck(false, "Verification code is incorrect", "60022"));
		}
	}

	@Test
	void checkWithNothingPendingIsInvalidAndMasksTheEchoedNumberInToString() {
		wireMock.stubFor(
				get(urlPathEqualTo(CHECK)).willReturn(recorded(404, "authy-ruby/verification-check-404-60023.json")));
		PhoneVerificationCheck ruby = this.client.phones().verificationCheck("201-555-0123", 1, "1234");
		assertThat(ruby.valid()).isFalse();
		assertThat(ruby.errorCode()).isEqualTo("60023");
		assertThat(ruby.message()).isEqualTo("No pending verifications for 201-555-0123 found.");
		assertThat(ruby.toString()).doesNotContain("555-0123")
			.contains("message=No pending verifications for XXX-XXX-XX23 found.");
		wireMock.stubFor(get(urlPathEqualTo(CHECK))
			.willReturn(recorded(404, "other/authy-python-readme-verification-check-60023.json")));
		PhoneVerificationCheck python = this.client.phones().verificationCheck("321-345-1234", 1, "1234");
		assertThat(python.message()).isEqualTo("No pending verifications for +1 321-345-1234 found.");
		assertThat(python.toString()).doesNotContain("345-1234")
			.contains("message=No pending verifications for +X XXX-XXX-XX34 found.");
	}

	@Test
	void checkWithInvalidNumberIsApiException() {
		wireMock
			.stubFor(get(urlPathEqualTo(CHECK)).willReturn(recorded(400, "authy-ruby/verification-400-60033.json")));
		assertThatExceptionOfType(AuthyApiException.class)
			.isThrownBy(() -> this.client.phones().verificationCheck("201-555-0123", 1, "1234"))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo("60033");
				assertThat(ex.getOperation()).isEqualTo("phones.verificationCheck");
			});
	}

	// phones.verificationStatus

	@Test
	void statusByUuidSendsUuidAndReadsVerified() {
		wireMock.stubFor(get(urlPathEqualTo(STATUS))
			.willReturn(recorded(200, "other/twilio-verify-docs-status-verified-200.json")));
		PhoneVerificationStatus status = this.client.phones()
			.verificationStatus("b8ebcd40-1234-5678-3fb5-0e5d6a065904");
		assertThat(status)
			.isEqualTo(new PhoneVerificationStatus(VerificationState.VERIFIED, 474, "Phone Verification status."));
		assertThat(onlyRequest().getUrl()).isEqualTo(STATUS + "?uuid=b8ebcd40-1234-5678-3fb5-0e5d6a065904");
		wireMock.verify(1, authyGet(STATUS));
	}

	@Test
	void statusByNumberSendsNumberAndCountryAndReadsPending() {
		wireMock.stubFor(get(urlPathEqualTo(STATUS))
			.willReturn(recorded(200, "other/twilio-verify-docs-status-pending-200.json")));
		PhoneVerificationStatus status = this.client.phones().verificationStatus("987-654-3210", 1);
		assertThat(status.status()).isEqualTo(VerificationState.PENDING);
		assertThat(status.secondsToExpire()).isEqualTo(598);
		assertThat(onlyRequest().getUrl()).isEqualTo(STATUS + "?phone_number=987-654-3210&country_code=1");
	}

	@Test
	void statusWithUnknownStateIsTransportError() {
		wireMock.stubFor(get(urlPathEqualTo(STATUS)).willReturn(json(200, "{\"status\":\"lost\",\"success\":true}")));
		assertThatExceptionOfType(AuthyTransportException.class)
			.isThrownBy(() -> this.client.phones().verificationStatus("abc"))
			.withMessageContaining("phones.verificationStatus")
			.withMessageContaining("unknown status");
	}

	// phones.info

	@Test
	void infoSendsQueryAndReadsAuthyJavaAnswer() {
		wireMock.stubFor(get(urlPathEqualTo(INFO)).willReturn(recorded(200, "authy-java/phones-info-200.json")));
		PhoneInfo info = this.client.phones().info("7754615609", 1);
		assertThat(info).isEqualTo(new PhoneInfo(PhoneType.VOIP, "Pinger", false,
				"Phone number information as of 2017-11-25 23:21:39 UTC"));
		assertThat(onlyRequest().getUrl()).isEqualTo(INFO + "?phone_number=7754615609&country_code=1");
		wireMock.verify(1, authyGet(INFO));
	}

	@Test
	void infoReadsUpholdAnswerAndAnswersWithoutType() {
		wireMock
			.stubFor(get(urlPathEqualTo(INFO)).willReturn(recorded(200, "uphold-authy-client/phones-info-200.json")));
		assertThat(this.client.phones().info("7754615609", 1)).isEqualTo(new PhoneInfo(PhoneType.VOIP,
				"Pinger/TextFree", false, "Phone number information as of 2016-02-20 18:09:18 UTC"));
		wireMock.stubFor(get(urlPathEqualTo(INFO)).willReturn(recorded(200, "authy-php/phones-info-200.json")));
		assertThat(this.client.phones().info("7754615609", 1))
			.isEqualTo(new PhoneInfo(PhoneType.UNKNOWN, null, false, "Phone number information"));
	}

	@Test
	void infoReadsEveryLineType() {
		for (PhoneType type : PhoneType.values()) {
			wireMock.stubFor(get(urlPathEqualTo(INFO)).willReturn(json(200, "{\"type\":\"" + type.name().toLowerCase()
					+ "\",\"provider\":null,\"ported\":true,\"success\":true}")));
			PhoneInfo info = this.client.phones().info("7754615609", 1);
			assertThat(info.type()).isEqualTo(type);
			assertThat(info.ported()).isTrue();
			assertThat(info.provider()).isNull();
		}
	}

	@Test
	void infoServerErrorIsApiExceptionAndNotRetried() {
		wireMock.stubFor(get(urlPathEqualTo(INFO)).willReturn(recorded(500, "authy-java/phones-info-500-60025.json")));
		assertThatExceptionOfType(AuthyApiException.class).isThrownBy(() -> this.client.phones().info("7754615609", 1))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(500);
				assertThat(ex.getErrorCode()).isEqualTo("60025");
				assertThat(ex.getAuthyMessage())
					.isEqualTo("Server error while querying phone information. Please try again later");
			});
		assertThat(requests()).hasSize(1);
	}

}
