package dev.authyspring.client.model;

import java.time.Instant;

import dev.authyspring.core.internal.Masking;
import org.jspecify.annotations.Nullable;

/**
 * The state of a OneTouch approval request.
 *
 * @param uuid the id of the approval request
 * @param status its state
 * @param authyId the Authy id of the user it was sent to
 * @param appId the Authy application id
 * @param appName the Authy application name
 * @param userId Authy's internal user id
 * @param userEmail the user's email address, when Authy returns it
 * @param notified whether the user was notified
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param processedAt when the user answered, if they did
 * @param secondsToExpire its lifetime in seconds, 0 for none
 */
public record ApprovalRequestStatus(String uuid, ApprovalStatus status, @Nullable Long authyId, @Nullable String appId,
		@Nullable String appName, @Nullable String userId, @Nullable String userEmail, boolean notified,
		@Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable Instant processedAt,
		@Nullable Long secondsToExpire) {

	@Override
	public String toString() {
		return "ApprovalRequestStatus[uuid=" + this.uuid + ", status=" + this.status + ", authyId=" + this.authyId
				+ ", appId=" + this.appId + ", appName=" + this.appName + ", userEmail=" + Masking.email(this.userEmail)
				+ ", notified=" + this.notified + ", createdAt=" + this.createdAt + ", processedAt=" + this.processedAt
				+ "]";
	}

	/**
	 * Starts a status, meant for tests (a stub of {@code AuthyOneTouch.approvalStatus},
	 * say): the client builds its own from Authy's answers. A component not set is what
	 * the client reads when Authy leaves it out ({@code null}, or {@code false} for
	 * {@code notified}), so a test that uses the builder keeps compiling when a component
	 * is added.
	 * @param uuid the id of the approval request
	 * @param status its state
	 * @return a builder
	 */
	public static Builder builder(String uuid, ApprovalStatus status) {
		return new Builder(uuid, status);
	}

	/**
	 * Builds an {@link ApprovalRequestStatus} for tests; not thread-safe.
	 */
	public static final class Builder {

		private final String uuid;

		private final ApprovalStatus status;

		private @Nullable Long authyId;

		private @Nullable String appId;

		private @Nullable String appName;

		private @Nullable String userId;

		private @Nullable String userEmail;

		private boolean notified;

		private @Nullable Instant createdAt;

		private @Nullable Instant updatedAt;

		private @Nullable Instant processedAt;

		private @Nullable Long secondsToExpire;

		private Builder(String uuid, ApprovalStatus status) {
			this.uuid = uuid;
			this.status = status;
		}

		/**
		 * Sets the Authy id of the user the request was sent to.
		 * @param authyId the Authy id, or {@code null}
		 * @return this builder
		 */
		public Builder authyId(@Nullable Long authyId) {
			this.authyId = authyId;
			return this;
		}

		/**
		 * Sets the Authy application id.
		 * @param appId the application id, or {@code null}
		 * @return this builder
		 */
		public Builder appId(@Nullable String appId) {
			this.appId = appId;
			return this;
		}

		/**
		 * Sets the Authy application name.
		 * @param appName the application name, or {@code null}
		 * @return this builder
		 */
		public Builder appName(@Nullable String appName) {
			this.appName = appName;
			return this;
		}

		/**
		 * Sets Authy's internal user id.
		 * @param userId the user id, or {@code null}
		 * @return this builder
		 */
		public Builder userId(@Nullable String userId) {
			this.userId = userId;
			return this;
		}

		/**
		 * Sets the user's email address.
		 * @param userEmail the address, or {@code null}
		 * @return this builder
		 */
		public Builder userEmail(@Nullable String userEmail) {
			this.userEmail = userEmail;
			return this;
		}

		/**
		 * Sets whether the user was notified.
		 * @param notified whether notified
		 * @return this builder
		 */
		public Builder notified(boolean notified) {
			this.notified = notified;
			return this;
		}

		/**
		 * Sets when the request was created.
		 * @param createdAt the instant, or {@code null}
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Sets when the request last changed.
		 * @param updatedAt the instant, or {@code null}
		 * @return this builder
		 */
		public Builder updatedAt(@Nullable Instant updatedAt) {
			this.updatedAt = updatedAt;
			return this;
		}

		/**
		 * Sets when the user answered.
		 * @param processedAt the instant, or {@code null}
		 * @return this builder
		 */
		public Builder processedAt(@Nullable Instant processedAt) {
			this.processedAt = processedAt;
			return this;
		}

		/**
		 * Sets the request's lifetime.
		 * @param secondsToExpire seconds, 0 for none, or {@code null}
		 * @return this builder
		 */
		public Builder secondsToExpire(@Nullable Long secondsToExpire) {
			this.secondsToExpire = secondsToExpire;
			return this;
		}

		/**
		 * Builds the status.
		 * @return the status
		 */
		public ApprovalRequestStatus build() {
			return new ApprovalRequestStatus(this.uuid, this.status, this.authyId, this.appId, this.appName,
					this.userId, this.userEmail, this.notified, this.createdAt, this.updatedAt, this.processedAt,
					this.secondsToExpire);
		}

	}

}
