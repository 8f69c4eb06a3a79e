package dev.authyspring.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import static dev.authyspring.simulator.Json.object;

/**
 * The control API's OneTouch requests: list them, and approve or deny one as the user's
 * phone would, waiting for the callback's outcome.
 */
final class ApprovalControl {

	private final Simulation simulation;

	ApprovalControl(Simulation simulation) {
		this.simulation = simulation;
	}

	ApiResponse list(ControlRequest request) {
		return ApiResponse.ok(approvals(request.query().text("status")));
	}

	private List<Map<String, Object>> approvals(@Nullable String status) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Approval approval : this.simulation.state().approvals().list()) {
			if (status != null && !status.equals(approval.status())) {
				continue;
			}
			result.add(object("uuid", approval.uuid(), "authy_id", approval.authyId(), "message", approval.message(),
					"details", approval.details(), "status", approval.status(), "created_at",
					approval.createdAt().toString(), "expires_at",
					(approval.expiresAt() != null) ? approval.expiresAt().toString() : null));
		}
		return result;
	}

	ApiResponse approve(ControlRequest request) {
		return decide(request.path().get("uuid"), true);
	}

	ApiResponse deny(ControlRequest request) {
		return decide(request.path().get("uuid"), false);
	}

	private ApiResponse decide(String uuid, boolean approve) {
		CallbackResult result;
		try {
			result = this.simulation.decide(uuid, approve)
				.get(this.simulation.callbackTimeout().multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (IllegalArgumentException ex) {
			return ControlApi.error(404, ex.getMessage());
		}
		catch (IllegalStateException ex) {
			return ControlApi.error(409, ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ControlApi.error(503, "Interrupted");
		}
		catch (ExecutionException | TimeoutException ex) {
			result = CallbackResult.failed("callback delivery did not finish");
		}
		return ApiResponse.ok(object("uuid", uuid, "status",
				(approve ? ApprovalStatus.APPROVED : ApprovalStatus.DENIED).wireName(), "callback",
				object("attempted", result.attempted(), "status", result.status(), "error", result.error()), "success",
				true));
	}

}
