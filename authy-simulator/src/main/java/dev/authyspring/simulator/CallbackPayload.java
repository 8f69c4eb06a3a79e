package dev.authyspring.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import static dev.authyspring.simulator.Json.object;

/**
 * The body of a OneTouch callback, shaped like the callbacks captured from Authy: the
 * approval request's fields ({@code authy_id}, {@code uuid}, {@code status},
 * {@code callback_action}, {@code approval_request} with its transaction and logos, and
 * {@code device}). Values are Java scalars, maps and lists, so the same tree is written
 * as JSON and canonicalised with {@code RailsQueryString} for the signature.
 */
final class CallbackPayload {

	private CallbackPayload() {
	}

	static Map<String, @Nullable Object> of(ApprovalRequest request, long deviceId, Instant now,
			String deviceSignature) {
		long created = request.createdAt().getEpochSecond();
		ApprovalRequest.Content content = request.content();
		String status = request.status().wireName();
		Map<String, @Nullable Object> transaction = object("details", copy(content.details()), "device_details",
				new LinkedHashMap<>(), "device_geolocation", "", "device_signing_time", now.getEpochSecond(),
				"encrypted", false, "flagged", false, "hidden_details", copy(content.hiddenDetails()), "message",
				content.message(), "reason", "", "requester_details", null, "status", status, "uuid", request.uuid(),
				"created_at_time", created, "customer_uuid", (long) SimulatorState.APP_SERIAL_ID);
		Map<String, @Nullable Object> approvalRequest = object("transaction", transaction, "expiration_timestamp",
				(request.expiresAt() != null) ? request.expiresAt().getEpochSecond() : null, "logos",
				logos(content.logos()), "app_id", SimulatorState.APP_ID);
		Map<String, @Nullable Object> device = object("city", null, "country", "Simulated", "ip", "127.0.0.1", "region",
				null, "registration_city", null, "registration_country", "Simulated", "registration_ip", "127.0.0.1",
				"registration_method", "sms", "registration_region", null, "os_type", "android",
				"last_account_recovery_at", null, "id", deviceId, "registration_date", created, "last_sync_date",
				now.getEpochSecond());
		return object("authy_id", request.authyId(), "device_uuid", deviceId, "callback_action",
				"approval_request_status", "uuid", request.uuid(), "status", status, "approval_request",
				approvalRequest, "signature", deviceSignature, "device", device);
	}

	private static @Nullable Map<String, String> copy(@Nullable Map<String, String> map) {
		return (map != null) ? new LinkedHashMap<>(map) : null;
	}

	private static @Nullable List<Map<String, String>> logos(@Nullable List<Map<String, String>> logos) {
		if (logos == null) {
			return null;
		}
		List<Map<String, String>> copy = new ArrayList<>();
		for (Map<String, String> logo : logos) {
			copy.add(new LinkedHashMap<>(logo));
		}
		return copy;
	}

}
