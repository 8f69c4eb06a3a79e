package dev.authyspring.simulator;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import static dev.authyspring.simulator.Json.object;

/**
 * The Authy OneTouch endpoints: create an approval request and report its status.
 */
final class OneTouchHandlers {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Set<String> LOGO_RESOLUTIONS = Set.of("default", "low", "med", "high");

	private final Users users;

	private final Approvals approvals;

	OneTouchHandlers(Users users, Approvals approvals) {
		this.users = users;
		this.approvals = approvals;
	}

	ApiResponse create(PathVariables path, RequestParameters params) {
		User user = this.users.find(path.get("id"));
		if (user == null) {
			return ApiErrors.userNotFound();
		}
		String message = params.text("message");
		if (message == null) {
			return ApiErrors.missingParameter("message");
		}
		Map<String, String> details = params.stringMap("details");
		Map<String, String> hidden = params.stringMap("hidden_details");
		List<Map<String, String>> logos = logos(params.get("logos"));
		long seconds = Approvals.DEFAULT_SECONDS_TO_EXPIRE;
		String ttl = params.text("seconds_to_expire");
		if (ttl != null) {
			if (!DIGITS.matcher(ttl).matches() || ttl.length() > 9) {
				return ApiErrors.invalidParameter("seconds_to_expire", "Must be a non-negative integer");
			}
			seconds = Long.parseLong(ttl);
		}
		ApprovalRequest request = this.approvals.create(user,
				new ApprovalRequest.Content(message, details, hidden, logos), seconds);
		return ApiResponse.ok(object("approval_request", object("uuid", request.uuid()), "success", true));
	}

	private static @Nullable List<Map<String, String>> logos(@Nullable Object value) {
		if (value == null || (value instanceof String text && text.isEmpty())) {
			return null;
		}
		if (!(value instanceof List<?> list)) {
			throw new BadRequestException(ApiErrors.invalidParameter("logos", "Must be an array"));
		}
		List<Map<String, String>> logos = new ArrayList<>();
		for (Object element : list) {
			if (!(element instanceof Map<?, ?> map) || !(map.get("res") instanceof String res)
					|| !(map.get("url") instanceof String url) || !LOGO_RESOLUTIONS.contains(res) || url.isBlank()) {
				throw new BadRequestException(ApiErrors.invalidParameter("logos",
						"Each logo needs a res (default, low, med, high) and a url"));
			}
			Map<String, String> logo = new LinkedHashMap<>();
			logo.put("res", res);
			logo.put("url", url);
			logos.add(logo);
		}
		return logos.isEmpty() ? null : logos;
	}

	ApiResponse status(PathVariables path, RequestParameters params) {
		String uuid = path.get("uuid");
		ApprovalRequest request = this.approvals.find(uuid);
		if (request == null) {
			return ApiErrors.approvalRequestNotFound(uuid);
		}
		Instant processedAt = request.processedAt();
		Map<String, Object> body = object("_app_name", SimulatorState.APP_NAME, "_app_serial_id",
				SimulatorState.APP_SERIAL_ID, "_authy_id", request.authyId(), "_id", request.id(), "_user_email",
				request.userEmail(), "app_id", SimulatorState.APP_ID, "created_at", iso(request.createdAt()),
				"notified", false, "processed_at", (processedAt != null) ? iso(processedAt) : null, "seconds_to_expire",
				request.secondsToExpire(), "status", request.status().wireName(), "updated_at",
				iso(request.updatedAt()), "user_id", "5a17c0de" + String.format("%016x", request.authyId()), "uuid",
				request.uuid());
		return ApiResponse.ok(object("approval_request", body, "success", true));
	}

	private static String iso(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

}
