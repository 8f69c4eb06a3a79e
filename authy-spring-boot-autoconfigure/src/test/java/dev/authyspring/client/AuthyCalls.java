package dev.authyspring.client;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.authyspring.client.model.ActivityType;
import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.QrCodeOptions;
import dev.authyspring.client.model.Via;

/**
 * One valid call per client operation, with the path it goes to and a recorded OK answer,
 * for tests that must cover every operation.
 *
 * @param operation the operation name used in exceptions and observations
 * @param kind whether repeating the call can harm
 * @param method the HTTP method
 * @param path the request path
 * @param okFixture a recorded answer that the call accepts
 * @param invoke makes the call
 */
record AuthyCalls(String operation, CallKind kind, String method, String path, String okFixture,
		Function<AuthyClient, Object> invoke) {

	static final List<AuthyCalls> READS = List.of(
			new AuthyCalls("users.status", CallKind.READ, "GET", "/protected/json/users/1635/status",
					"co-authy/users-status-200.json", (client) -> client.users().status(1635)),
			new AuthyCalls("onetouch.approvalStatus", CallKind.READ, "GET",
					"/onetouch/json/approval_requests/550e8400-e29b-41d4-a716-446655440000",
					"authy-ruby/onetouch-status-200-pending.json",
					(client) -> client.oneTouch().approvalStatus("550e8400-e29b-41d4-a716-446655440000")),
			new AuthyCalls("phones.verificationStatus", CallKind.READ, "GET",
					"/protected/json/phones/verification/status", "other/twilio-verify-docs-status-verified-200.json",
					(client) -> client.phones().verificationStatus("b8ebcd40-1234-5678-3fb5-0e5d6a065904")),
			new AuthyCalls("phones.info", CallKind.READ, "GET", "/protected/json/phones/info",
					"authy-java/phones-info-200.json", (client) -> client.phones().info("7754615609", 1)),
			new AuthyCalls("apps.details", CallKind.READ, "GET", "/protected/json/app/details",
					"co-authy/app-details-200.json", (client) -> client.apps().details()),
			new AuthyCalls("apps.stats", CallKind.READ, "GET", "/protected/json/app/stats",
					"co-authy/app-stats-200.json", (client) -> client.apps().stats()));

	static final List<AuthyCalls> SIDE_EFFECTS = List.of(
			new AuthyCalls("tokens.verify", CallKind.SIDE_EFFECT, "GET", "/protected/json/verify/123456/81547",
					"co-authy/verify-200.json", (client) -> client.tokens().verify(81547, "123456")),
			new AuthyCalls("users.requestSms", CallKind.SIDE_EFFECT, "GET", "/protected/json/sms/1635",
					"co-authy/sms-200.json", (client) -> client.users().requestSms(1635)),
			new AuthyCalls("users.requestCall", CallKind.SIDE_EFFECT, "GET", "/protected/json/call/1635",
					"co-authy/call-200.json", (client) -> client.users().requestCall(1635)),
			new AuthyCalls("onetouch.sendRequest", CallKind.SIDE_EFFECT, "POST",
					"/onetouch/json/users/1635/approval_requests", "authy-ruby/onetouch-create-200.json",
					(client) -> client.oneTouch().sendRequest(ApprovalRequest.builder(1635, "Log in?").build())),
			new AuthyCalls("phones.verificationStart", CallKind.SIDE_EFFECT, "POST",
					"/protected/json/phones/verification/start", "other/twilio-verify-docs-start-200.json",
					(client) -> client.phones().verificationStart("987-654-3210", 1, Via.SMS)),
			new AuthyCalls("phones.verificationCheck", CallKind.SIDE_EFFECT, "GET",
					"/protected/json/phones/verification/check", "authy-java/verification-check-200.json",
					(client) -> client.phones().verificationCheck("987-654-3210", 1, "1234")),
			new AuthyCalls("users.create", CallKind.SIDE_EFFECT, "POST", "/protected/json/users/new",
					"uphold-authy-client/users-new-200.json",
					(client) -> client.users().create("foo@bar.com", "911234567", 351)),
			new AuthyCalls("users.delete", CallKind.SIDE_EFFECT, "POST", "/protected/json/users/1635/remove",
					"co-authy/users-delete-200.json", (client) -> {
						client.users().delete(1635);
						return "deleted";
					}),
			new AuthyCalls("users.registerActivity", CallKind.SIDE_EFFECT, "POST",
					"/protected/json/users/1635/register_activity", "co-authy/register-activity-200.json", (client) -> {
						client.users().registerActivity(1635, ActivityType.BANNED, Map.of("reason", "spam"), null);
						return "registered";
					}),
			new AuthyCalls("users.generateQrCode", CallKind.SIDE_EFFECT, "POST", "/protected/json/users/1635/secret",
					"other/qr-code-200-unrecorded.json",
					(client) -> client.users().generateQrCode(1635, QrCodeOptions.DEFAULTS)));

	static Stream<AuthyCalls> reads() {
		return READS.stream();
	}

	static Stream<AuthyCalls> sideEffects() {
		return SIDE_EFFECTS.stream();
	}

	static Stream<AuthyCalls> all() {
		return Stream.concat(reads(), sideEffects());
	}

	Object invoke(AuthyClient client) {
		return this.invoke.apply(client);
	}

	@Override
	public String toString() {
		return this.operation;
	}

}
