package dev.authyspring.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import static dev.authyspring.simulator.Json.object;

/**
 * The control API's outbox: {@code GET /simulator/messages}, optionally for one user.
 */
final class OutboxControl {

	private final Simulation simulation;

	OutboxControl(Simulation simulation) {
		this.simulation = simulation;
	}

	ApiResponse messages(ControlRequest request) {
		String authyId = request.query().text("authy_id");
		return ApiResponse.ok(messages(authyId));
	}

	private List<Map<String, Object>> messages(@Nullable String authyId) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Message message : this.simulation.state().outbox().messages()) {
			if (authyId != null && (message.authyId() == null || !authyId.equals(message.authyId().toString()))) {
				continue;
			}
			result.add(object("id", message.id(), "authy_id", message.authyId(), "country_code", message.countryCode(),
					"phone_number", message.phoneNumber(), "via", message.via(), "kind", message.kind(), "code",
					message.code(), "sent_at", message.sentAt().toString(), "expires_at",
					message.expiresAt().toString(), "locale", message.locale()));
		}
		return result;
	}

}
