package dev.authyspring.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.ApprovalRequestReceipt;
import dev.authyspring.client.model.ApprovalRequestStatus;
import dev.authyspring.client.model.ApprovalStatus;
import tools.jackson.databind.JsonNode;

/**
 * {@link AuthyOneTouch} over HTTP.
 */
final class DefaultAuthyOneTouch implements AuthyOneTouch {

	private final DeferredAuthyHttp http;

	DefaultAuthyOneTouch(DeferredAuthyHttp http) {
		this.http = http;
	}

	@Override
	public ApprovalRequestReceipt sendRequest(ApprovalRequest request) {
		Arguments.notNull("request", request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", request.message());
		if (!request.details().isEmpty()) {
			body.put("details", request.details());
		}
		if (!request.hiddenDetails().isEmpty()) {
			body.put("hidden_details", request.hiddenDetails());
		}
		if (!request.logos().isEmpty()) {
			List<Map<String, String>> logos = new ArrayList<>();
			request.logos().forEach((resolution, url) -> logos.add(Map.of("res", resolution.value(), "url", url)));
			body.put("logos", logos);
		}
		if (request.secondsToExpire() != null) {
			body.put("seconds_to_expire", request.secondsToExpire());
		}
		AuthyResponse response = this.http.execute(AuthyRequest
			.post("onetouch.sendRequest", "/onetouch/json/users/{authyId}/approval_requests", CallKind.SIDE_EFFECT)
			.path("authyId", request.authyId())
			.body(body));
		JsonNode approval = JsonFields.child(response.body(), "approval_request");
		String uuid = (approval != null) ? JsonFields.text(approval, "uuid") : null;
		if (uuid == null) {
			throw new AuthyTransportException("onetouch.sendRequest", "unexpected response: no uuid", null);
		}
		return new ApprovalRequestReceipt(uuid);
	}

	@Override
	public ApprovalRequestStatus approvalStatus(String uuid) {
		AuthyResponse response = this.http.execute(
				AuthyRequest.get("onetouch.approvalStatus", "/onetouch/json/approval_requests/{uuid}", CallKind.READ)
					.path("uuid", Arguments.uuid(uuid)));
		JsonNode approval = JsonFields.child(response.body(), "approval_request");
		String status = (approval != null) ? JsonFields.text(approval, "status") : null;
		if (approval == null || status == null) {
			throw new AuthyTransportException("onetouch.approvalStatus", "unexpected response: no status", null);
		}
		ApprovalStatus approvalStatus;
		try {
			approvalStatus = ApprovalStatus.of(status);
		}
		catch (IllegalArgumentException ex) {
			throw new AuthyTransportException("onetouch.approvalStatus", "unexpected response: unknown status", null);
		}
		return new ApprovalRequestStatus(JsonFields.text(approval, "uuid", uuid), approvalStatus,
				JsonFields.optionalLong(approval, "_authy_id"), JsonFields.text(approval, "app_id"),
				JsonFields.text(approval, "_app_name"), JsonFields.text(approval, "user_id"),
				JsonFields.text(approval, "_user_email"), JsonFields.bool(approval, "notified"),
				JsonFields.isoInstant(approval, "created_at"), JsonFields.isoInstant(approval, "updated_at"),
				JsonFields.isoInstant(approval, "processed_at"),
				JsonFields.optionalLong(approval, "seconds_to_expire"));
	}

}
