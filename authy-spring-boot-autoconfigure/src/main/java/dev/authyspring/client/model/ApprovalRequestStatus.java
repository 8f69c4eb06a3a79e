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
public record ApprovalRequestStatus(String uuid, ApprovalStatus status, @Nullable Long authyId,
		@Nullable String appId, @Nullable String appName, @Nullable String userId, @Nullable String userEmail,
		boolean notified, @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable Instant processedAt,
		@Nullable Long secondsToExpire) {

	@Override
	public String toString() {
		return "ApprovalRequestStatus[uuid=" + this.uuid + ", status=" + this.status + ", authyId=" + this.authyId
				+ ", appId=" + this.appId + ", appName=" + this.appName + ", userEmail="
				+ Masking.email(this.userEmail) + ", notified=" + this.notified + ", createdAt=" + this.createdAt
				+ ", processedAt=" + this.processedAt + "]";
	}

}
