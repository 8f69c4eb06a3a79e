package dev.authyspring.client;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.authyspring.client.model.ActivityType;
import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.LogoResolution;
import dev.authyspring.client.model.NewUser;
import dev.authyspring.client.model.QrCodeOptions;
import dev.authyspring.client.model.TokenRequestOptions;
import dev.authyspring.client.model.VerificationOptions;
import dev.authyspring.client.model.VerifyOptions;
import dev.authyspring.client.model.Via;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every argument rule rejects bad input with an {@link IllegalArgumentException} that
 * names the argument and not its value, before any request is sent.
 */
class ArgumentValidationTests extends AuthyWireMockTestSupport {

	static final String LONG_256 = "x".repeat(256);

	/**
	 * A call with one bad argument.
	 *
	 * @param description what is wrong
	 * @param argument the name the message must quote
	 * @param value a bad value the message must not contain, or {@code null}
	 * @param call the call
	 */
	record Rejection(String description, String argument, String value, Consumer<AuthyClient> call) {

		@Override
		public String toString() {
			return this.description;
		}

	}

	static Rejection reject(String description, String argument, Consumer<AuthyClient> call) {
		return new Rejection(description, argument, null, call);
	}

	static Rejection reject(String description, String argument, String value, Consumer<AuthyClient> call) {
		return new Rejection(description, argument, value, call);
	}

	static Stream<Rejection> clientRejections() {
		return Stream.of(
				// authyId
				reject("status of id 0", "authyId", (c) -> c.users().status(0)),
				reject("status of negative id", "authyId", (c) -> c.users().status(-5)),
				reject("delete of id 0", "authyId", (c) -> c.users().delete(0)),
				reject("delete with ip of id 0", "authyId", (c) -> c.users().delete(0, "127.0.0.1")),
				reject("activity of id 0", "authyId",
						(c) -> c.users().registerActivity(0, ActivityType.BANNED, Map.of(), null)),
				reject("sms to id 0", "authyId", (c) -> c.users().requestSms(0)),
				reject("call to id -1", "authyId", (c) -> c.users().requestCall(-1)),
				reject("qr code of id 0", "authyId", (c) -> c.users().generateQrCode(0, QrCodeOptions.DEFAULTS)),
				reject("verify for id 0", "authyId", (c) -> c.tokens().verify(0, "123456")),
				// token
				reject("null token", "token", (c) -> c.tokens().verify(81547, null)),
				reject("token with letters", "token", "12345a", (c) -> c.tokens().verify(81547, "12345a")),
				reject("token too long", "token", "1234567890123", (c) -> c.tokens().verify(81547, "1234567890123")),
				// uuid
				reject("null approval uuid", "uuid", (c) -> c.oneTouch().approvalStatus(null)),
				reject("empty approval uuid", "uuid", (c) -> c.oneTouch().approvalStatus("")),
				reject("approval uuid with slash", "uuid", "a/../b", (c) -> c.oneTouch().approvalStatus("a/../b")),
				reject("approval uuid with space", "uuid", "ab cd", (c) -> c.oneTouch().approvalStatus("ab cd")),
				reject("approval uuid with query", "uuid", "ab?x=1", (c) -> c.oneTouch().approvalStatus("ab?x=1")),
				reject("approval uuid of 65 characters", "uuid", (c) -> c.oneTouch().approvalStatus("a".repeat(65))),
				reject("null verification uuid", "uuid", (c) -> c.phones().verificationStatus(null)),
				reject("verification uuid with ampersand", "uuid", "a&b", (c) -> c.phones().verificationStatus("a&b")),
				// email
				reject("null email", "email", (c) -> c.users().create(NewUser.of(null, "3003003333", 1))),
				reject("empty email", "email", (c) -> c.users().create("", "3003003333")),
				reject("email without at", "email", "someone.example.com",
						(c) -> c.users().create("someone.example.com", "3003003333")),
				reject("email with two ats", "email", "a@b@example.com",
						(c) -> c.users().create("a@b@example.com", "3003003333")),
				reject("email starting with at", "email", "@mail.test",
						(c) -> c.users().create("@mail.test", "3003003333")),
				reject("email ending with at", "email", "someone@", (c) -> c.users().create("someone@", "3003003333")),
				reject("email with space", "email", "some one@example.com",
						(c) -> c.users().create("some one@example.com", "3003003333")),
				reject("email of 255 characters", "email",
						(c) -> c.users().create("a".repeat(243) + "@example.com", "3003003333")),
				// cellphone and phoneNumber
				reject("null cellphone", "cellphone", (c) -> c.users().create("a@example.com", null)),
				reject("cellphone with letters", "cellphone", "300-CALL-NOW",
						(c) -> c.users().create("a@example.com", "300-CALL-NOW")),
				reject("cellphone with plus", "cellphone", "+573003003333",
						(c) -> c.users().create("a@example.com", "+573003003333")),
				reject("cellphone of 3 digits", "cellphone", (c) -> c.users().create("a@example.com", "123")),
				reject("cellphone of 16 digits", "cellphone", "1234567890123456",
						(c) -> c.users().create("a@example.com", "1234567890123456")),
				reject("start with empty number", "phoneNumber", (c) -> c.phones().verificationStart("", 1, Via.SMS)),
				reject("start with injected number", "phoneNumber", "555-0100&x=1",
						(c) -> c.phones().verificationStart("555-0100&x=1", 1, Via.SMS)),
				reject("check with letters in number", "phoneNumber", "555-0100a",
						(c) -> c.phones().verificationCheck("555-0100a", 1, "1234")),
				reject("status with null number", "phoneNumber", (c) -> c.phones().verificationStatus(null, 1)),
				reject("info with slash in number", "phoneNumber", "555/0100", (c) -> c.phones().info("555/0100", 1)),
				// countryCode
				reject("create with country 0", "countryCode",
						(c) -> c.users().create("a@example.com", "3003003333", 0)),
				reject("create with country 1000", "countryCode",
						(c) -> c.users().create("a@example.com", "3003003333", 1000)),
				reject("start with negative country", "countryCode",
						(c) -> c.phones().verificationStart("3003003333", -44, Via.SMS)),
				reject("check with country 0", "countryCode",
						(c) -> c.phones().verificationCheck("3003003333", 0, "1234")),
				reject("status with country 0", "countryCode", (c) -> c.phones().verificationStatus("3003003333", 0)),
				reject("info with country 1000", "countryCode", (c) -> c.phones().info("3003003333", 1000)),
				// code
				reject("null code", "code", (c) -> c.phones().verificationCheck("3003003333", 1, null)),
				reject("code of 3 digits", "code", "987", (c) -> c.phones().verificationCheck("3003003333", 1, "987")),
				reject("code of 11 digits", "code", "98765432101",
						(c) -> c.phones().verificationCheck("3003003333", 1, "98765432101")),
				reject("code with letters", "code", "98a7",
						(c) -> c.phones().verificationCheck("3003003333", 1, "98a7")),
				// verification options
				reject("custom code of 3 digits", "customCode", "987", (c) -> c.phones()
					.verificationStart("3003003333", 1, Via.SMS, new VerificationOptions(null, null, "987", null))),
				reject("custom code with letters", "customCode", "98x76", (c) -> c.phones()
					.verificationStart("3003003333", 1, Via.SMS, new VerificationOptions(null, null, "98x76", null))),
				reject("code length 3", "codeLength",
						(c) -> c.phones()
							.verificationStart("3003003333", 1, Via.SMS, new VerificationOptions(null, 3, null, null))),
				reject("code length 11", "codeLength", (c) -> c.phones()
					.verificationStart("3003003333", 1, Via.SMS, new VerificationOptions(null, 11, null, null))),
				reject("blank locale", "locale", (c) -> c.phones()
					.verificationStart("3003003333", 1, Via.SMS, new VerificationOptions(" ", null, null, null))),
				reject("empty custom message", "customMessage", (c) -> c.phones()
					.verificationStart("3003003333", 1, Via.SMS, new VerificationOptions(null, null, null, ""))),
				reject("custom message of 256 characters", "customMessage", (c) -> c.phones()
					.verificationStart("3003003333", 1, Via.SMS, new VerificationOptions(null, null, null, LONG_256))),
				reject("null via", "via", (c) -> c.phones().verificationStart("3003003333", 1, null)),
				reject("null verification options", "options",
						(c) -> c.phones().verificationStart("3003003333", 1, Via.SMS, null)),
				// token request options
				reject("empty sms action", "action",
						(c) -> c.users().requestSms(1635, new TokenRequestOptions(false, "", null, null))),
				reject("sms action of 256 characters", "action",
						(c) -> c.users().requestSms(1635, new TokenRequestOptions(false, LONG_256, null, null))),
				reject("blank call action message", "actionMessage",
						(c) -> c.users().requestCall(1635, new TokenRequestOptions(false, null, "  ", null))),
				reject("empty sms locale", "locale",
						(c) -> c.users().requestSms(1635, new TokenRequestOptions(false, null, null, ""))),
				reject("null sms options", "options", (c) -> c.users().requestSms(1635, null)),
				reject("null call options", "options", (c) -> c.users().requestCall(1635, null)),
				// verify options
				reject("empty verify action", "action",
						(c) -> c.tokens().verify(81547, "123456", new VerifyOptions(true, ""))),
				reject("null verify options", "options", (c) -> c.tokens().verify(81547, "123456", null)),
				// qr code options
				reject("qr size 0", "qrSize", (c) -> c.users().generateQrCode(1635, new QrCodeOptions(0, null))),
				reject("qr size 2049", "qrSize", (c) -> c.users().generateQrCode(1635, new QrCodeOptions(2049, null))),
				reject("blank qr label", "label", (c) -> c.users().generateQrCode(1635, new QrCodeOptions(300, " "))),
				reject("null qr options", "options", (c) -> c.users().generateQrCode(1635, null)),
				// userIp, activity
				reject("delete with null ip", "userIp", (c) -> c.users().delete(1635, null)),
				reject("delete with host name as ip", "userIp", "localhost",
						(c) -> c.users().delete(1635, "localhost")),
				reject("activity with injected ip", "userIp", "1.2.3.4; x",
						(c) -> c.users().registerActivity(1635, ActivityType.BANNED, Map.of(), "1.2.3.4; x")),
				reject("activity with empty ip", "userIp",
						(c) -> c.users().registerActivity(1635, ActivityType.BANNED, Map.of(), "")),
				reject("activity without type", "type", (c) -> c.users().registerActivity(1635, null, Map.of(), null)),
				reject("activity with null data", "data",
						(c) -> c.users().registerActivity(1635, ActivityType.BANNED, null, null)),
				reject("activity with null data key", "data key",
						(c) -> c.users().registerActivity(1635, ActivityType.BANNED, nullKey(), null)),
				reject("activity with null data value", "data value",
						(c) -> c.users().registerActivity(1635, ActivityType.BANNED, nullValue(), null)),
				// whole objects
				reject("null new user", "user", (c) -> c.users().create(null)),
				reject("null approval request", "request", (c) -> c.oneTouch().sendRequest(null)));
	}

	static Map<String, String> nullKey() {
		Map<String, String> data = new HashMap<>();
		data.put(null, "foo");
		return data;
	}

	static Map<String, String> nullValue() {
		Map<String, String> data = new HashMap<>();
		data.put("reason", null);
		return data;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clientRejections")
	void rejectsBadArgumentNamingItAndSendsNothing(Rejection rejection) {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> rejection.call().accept(this.client))
			.withMessageContaining("'" + rejection.argument() + "'")
			.satisfies((ex) -> {
				if (rejection.value() != null) {
					assertThat(ex.getMessage()).doesNotContain(rejection.value());
				}
			});
		assertNoRequestSent();
	}

	// ApprovalRequest rules, checked when it is built

	static Stream<Rejection> approvalRequestRejections() {
		return Stream.of(reject("id 0", "authyId", (c) -> ApprovalRequest.builder(0, "Log in?").build()),
				reject("negative id", "authyId", (c) -> ApprovalRequest.builder(-1, "Log in?").build()),
				reject("null message", "message", (c) -> ApprovalRequest.builder(1, null).build()),
				reject("blank message", "message", (c) -> ApprovalRequest.builder(1, " \t").build()),
				reject("message of 201 characters", "message",
						(c) -> ApprovalRequest.builder(1, "m".repeat(201)).build()),
				reject("blank detail key", "details",
						(c) -> ApprovalRequest.builder(1, "Log in?").detail(" ", "x").build()),
				reject("detail key of 21 characters", "details",
						(c) -> ApprovalRequest.builder(1, "Log in?").detail("k".repeat(21), "x").build()),
				reject("empty detail value", "details",
						(c) -> ApprovalRequest.builder(1, "Log in?").detail("k", "").build()),
				reject("null detail value", "details",
						(c) -> ApprovalRequest.builder(1, "Log in?").detail("k", null).build()),
				reject("detail value of 201 characters", "details",
						(c) -> ApprovalRequest.builder(1, "Log in?").detail("k", "v".repeat(201)).build()),
				reject("hidden detail key of 201 characters", "hiddenDetails",
						(c) -> ApprovalRequest.builder(1, "Log in?").hiddenDetail("k".repeat(201), "x").build()),
				reject("blank hidden detail value", "hiddenDetails",
						(c) -> ApprovalRequest.builder(1, "Log in?").hiddenDetail("k", " ").build()),
				reject("logos without default", "logos",
						(c) -> ApprovalRequest.builder(1, "Log in?")
							.logo(LogoResolution.LOW, "http://foo.bar")
							.build()),
				reject("negative expiry", "secondsToExpire",
						(c) -> ApprovalRequest.builder(1, "Log in?").secondsToExpire(-1).build()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("approvalRequestRejections")
	void approvalRequestRejectsBadArgumentNamingIt(Rejection rejection) {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> rejection.call().accept(this.client))
			.withMessageContaining("'" + rejection.argument() + "'");
		assertNoRequestSent();
	}

	@ParameterizedTest
	@MethodSource("badLogoUrls")
	void approvalRequestRejectsLogoUrlsThatAreNotAbsoluteHttp(String url) {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> ApprovalRequest.builder(1, "Log in?").logo(LogoResolution.DEFAULT, url).build())
			.withMessageContaining("logo URLs")
			.withMessageContaining("DEFAULT");
	}

	static Stream<String> badLogoUrls() {
		return Stream.of("", " ", "ftp://example.com/logo.png", "example.com/logo.png", "/logo.png", "not a url",
				"javascript:alert(1)", "https://example.com/" + "l".repeat(481));
	}

	@Test
	void approvalRequestAcceptsEveryLimit() {
		assertThatNoException().isThrownBy(() -> ApprovalRequest.builder(1, "m".repeat(200))
			.detail("k".repeat(20), "v".repeat(200))
			.hiddenDetail("h".repeat(200), "v".repeat(200))
			.logo(LogoResolution.DEFAULT, "https://example.com/" + "l".repeat(480))
			.logo(LogoResolution.HIGH, "HTTP://EXAMPLE.COM/high.png")
			.secondsToExpire(0)
			.build());
	}

	@Test
	void approvalRequestCopiesItsMaps() {
		Map<String, String> details = new HashMap<>(Map.of("k", "v"));
		Map<LogoResolution, String> logos = new EnumMap<>(Map.of(LogoResolution.DEFAULT, "https://example.com/a.png"));
		ApprovalRequest request = new ApprovalRequest(1, "Log in?", details, Map.of(), logos, null);
		details.put("other", "x");
		logos.put(LogoResolution.LOW, "https://example.com/b.png");
		assertThat(request.details()).containsOnlyKeys("k");
		assertThat(request.logos()).containsOnlyKeys(LogoResolution.DEFAULT);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> request.details().put("x", "y"));
	}

	@Test
	void approvalRequestRejectsNullMapsNamingThem() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new ApprovalRequest(1, "Log in?", null, Map.of(), Map.of(), null))
			.withMessageContaining("'details'");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new ApprovalRequest(1, "Log in?", Map.of(), null, Map.of(), null))
			.withMessageContaining("'hiddenDetails'");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new ApprovalRequest(1, "Log in?", Map.of(), Map.of(), null, null))
			.withMessageContaining("'logos'");
	}

}
