package dev.authyspring.onetouch;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;

import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.core.onetouch.CallbackParameters;
import dev.authyspring.core.onetouch.MalformedCallbackException;
import org.jspecify.annotations.Nullable;

/**
 * A verified OneTouch callback: the user approved or denied a push approval request.
 *
 * <p>
 * Built the same way from a POST body and a GET query string. Values inside
 * {@code details}, {@code hiddenDetails}, {@code device} and {@code parameters} are
 * strings (numbers and booleans as sent), nulls, or nested maps and lists.
 * {@link #toString()} leaves out the details and device data, which may be personal.
 *
 * @param uuid the approval request uuid
 * @param authyId the Authy id of the user who answered
 * @param status whether the user approved or denied: {@link ApprovalStatus#APPROVED} or
 * {@link ApprovalStatus#DENIED}, never another state
 * @param callbackAction the {@code callback_action} parameter, normally
 * {@code approval_request_status}
 * @param deviceUuid the {@code device_uuid} parameter (a number in recent callbacks)
 * @param message the message of the approval request
 * @param details the visible details of the approval request, empty if none
 * @param hiddenDetails the hidden details of the approval request, empty if none
 * @param device information about the device that answered, empty if none
 * @param parameters every parameter of the callback
 */
public record OneTouchCallback(String uuid, long authyId, ApprovalStatus status, @Nullable String callbackAction,
		@Nullable String deviceUuid, @Nullable String message, Map<String, @Nullable Object> details,
		Map<String, @Nullable Object> hiddenDetails, Map<String, @Nullable Object> device,
		Map<String, @Nullable Object> parameters) {

	private static final int MAX_AUTHY_ID_DIGITS = 18;

	public OneTouchCallback {
		// A callback reports the user's answer; an unanswered or expired state is no
		// callback.
		if (status == ApprovalStatus.PENDING || status == ApprovalStatus.EXPIRED) {
			throw new IllegalArgumentException("'status' must be APPROVED or DENIED");
		}
	}

	/**
	 * Builds a callback from verified parameters.
	 * @param parameters the parameters, as parsed by {@link CallbackParameters}
	 * @return the callback
	 * @throws MalformedCallbackException if {@code uuid}, {@code authy_id} or
	 * {@code status} is missing or invalid
	 */
	public static OneTouchCallback from(Map<String, @Nullable Object> parameters) {
		String uuid = text(parameters.get("uuid"));
		if (uuid == null) {
			throw new MalformedCallbackException("callback has no 'uuid'");
		}
		String authyId = text(parameters.get("authy_id"));
		if (authyId == null || authyId.length() > MAX_AUTHY_ID_DIGITS
				|| !authyId.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new MalformedCallbackException("callback has no numeric 'authy_id'");
		}
		ApprovalStatus status = answer(text(parameters.get("status")));
		if (status == null) {
			throw new MalformedCallbackException("callback 'status' is neither approved nor denied");
		}
		Map<String, @Nullable Object> approvalRequest = hash(parameters.get("approval_request"));
		Map<String, @Nullable Object> transaction = hash(approvalRequest.get("transaction"));
		return new OneTouchCallback(uuid, Long.parseLong(authyId), status, text(parameters.get("callback_action")),
				text(parameters.get("device_uuid")), text(transaction.get("message")), hash(transaction.get("details")),
				hash(transaction.get("hidden_details")), hash(parameters.get("device")), parameters);
	}

	/**
	 * Reads the {@code status} parameter exactly as Authy sends it. Stricter than
	 * {@link ApprovalStatus#of(String)} on purpose: the callback endpoint is documented
	 * to refuse any other spelling of a signed answer ({@code APPROVED} included) and the
	 * two unanswered states, whereas a status read from the API is taken in any case.
	 */
	private static @Nullable ApprovalStatus answer(@Nullable String value) {
		if (value == null) {
			return null;
		}
		return switch (value) {
			case "approved" -> ApprovalStatus.APPROVED;
			case "denied" -> ApprovalStatus.DENIED;
			default -> null;
		};
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value instanceof String text && !text.isEmpty()) ? text : null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, @Nullable Object> hash(@Nullable Object value) {
		// Older callbacks carried some members as Ruby inspect strings; they are not
		// hashes.
		return (value instanceof Map<?, ?> map) ? (Map<String, @Nullable Object>) map : Collections.emptyMap();
	}

	/**
	 * Returns the key that identifies this callback for replay protection: who answered
	 * which approval request, and how. An approval request is answered once, so a second
	 * callback with the same key is a redelivery or a replay, whatever its nonce: Authy
	 * signs a redelivery anew.
	 * @return the replay key
	 */
	public String replayKey() {
		return this.authyId + ":" + this.uuid + ":" + this.status.name();
	}

	@Override
	public String toString() {
		return "OneTouchCallback[uuid=" + this.uuid + ", authyId=" + this.authyId + ", status=" + this.status
				+ ", callbackAction=" + this.callbackAction + "]";
	}

	/**
	 * Starts a callback, meant for tests of a listener: the starter builds its own with
	 * {@link #from(Map)}. A component not set is what {@link #from(Map)} reads from a
	 * callback that carries only {@code uuid}, {@code authy_id} and {@code status}
	 * ({@code null}, or empty maps), and {@code parameters} are those three unless set,
	 * so a test that uses the builder keeps compiling when a component is added.
	 * @param uuid the approval request uuid
	 * @param authyId the Authy id of the user who answered
	 * @param status {@link ApprovalStatus#APPROVED} or {@link ApprovalStatus#DENIED}
	 * @return a builder
	 */
	public static Builder builder(String uuid, long authyId, ApprovalStatus status) {
		return new Builder(uuid, authyId, status);
	}

	/**
	 * Builds a {@link OneTouchCallback} for tests; not thread-safe.
	 */
	public static final class Builder {

		private final String uuid;

		private final long authyId;

		private final ApprovalStatus status;

		private @Nullable String callbackAction;

		private @Nullable String deviceUuid;

		private @Nullable String message;

		private Map<String, @Nullable Object> details = Collections.emptyMap();

		private Map<String, @Nullable Object> hiddenDetails = Collections.emptyMap();

		private Map<String, @Nullable Object> device = Collections.emptyMap();

		private @Nullable Map<String, @Nullable Object> parameters;

		private Builder(String uuid, long authyId, ApprovalStatus status) {
			this.uuid = uuid;
			this.authyId = authyId;
			this.status = status;
		}

		/**
		 * Sets the {@code callback_action} parameter.
		 * @param callbackAction normally {@code approval_request_status}, or {@code null}
		 * @return this builder
		 */
		public Builder callbackAction(@Nullable String callbackAction) {
			this.callbackAction = callbackAction;
			return this;
		}

		/**
		 * Sets the {@code device_uuid} parameter.
		 * @param deviceUuid the device uuid, or {@code null}
		 * @return this builder
		 */
		public Builder deviceUuid(@Nullable String deviceUuid) {
			this.deviceUuid = deviceUuid;
			return this;
		}

		/**
		 * Sets the message of the approval request.
		 * @param message the message, or {@code null}
		 * @return this builder
		 */
		public Builder message(@Nullable String message) {
			this.message = message;
			return this;
		}

		/**
		 * Sets the visible details of the approval request.
		 * @param details the details
		 * @return this builder
		 */
		public Builder details(Map<String, @Nullable Object> details) {
			this.details = details;
			return this;
		}

		/**
		 * Sets the hidden details of the approval request.
		 * @param hiddenDetails the hidden details
		 * @return this builder
		 */
		public Builder hiddenDetails(Map<String, @Nullable Object> hiddenDetails) {
			this.hiddenDetails = hiddenDetails;
			return this;
		}

		/**
		 * Sets the information about the device that answered.
		 * @param device the device information
		 * @return this builder
		 */
		public Builder device(Map<String, @Nullable Object> device) {
			this.device = device;
			return this;
		}

		/**
		 * Sets every parameter of the callback, for a listener that reads them.
		 * @param parameters the parameters
		 * @return this builder
		 */
		public Builder parameters(Map<String, @Nullable Object> parameters) {
			this.parameters = parameters;
			return this;
		}

		/**
		 * Builds the callback.
		 * @return the callback
		 * @throws IllegalArgumentException if the status is not an answer
		 */
		public OneTouchCallback build() {
			Map<String, @Nullable Object> parameters = (this.parameters != null) ? this.parameters
					: Map.of("uuid", this.uuid, "authy_id", Long.toString(this.authyId), "status",
							this.status.name().toLowerCase(Locale.ROOT));
			return new OneTouchCallback(this.uuid, this.authyId, this.status, this.callbackAction, this.deviceUuid,
					this.message, this.details, this.hiddenDetails, this.device, parameters);
		}

	}

}
