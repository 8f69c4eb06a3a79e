package dev.authyspring.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A OneTouch approval request at one point of its life; a change makes a new one.
 *
 * @param uuid the uuid clients poll with
 * @param id Authy's internal {@code _id}
 * @param authyId the user it was sent to
 * @param userEmail the user's email when it was created
 * @param content what the phone shows
 * @param secondsToExpire the requested lifetime; {@code 0} for none
 * @param createdAt when it was created
 * @param expiresAt when it expires, or {@code null} if it never does
 * @param status where it stands
 * @param processedAt when it was approved, denied or expired, or {@code null}
 */
record ApprovalRequest(String uuid, String id, long authyId, String userEmail, Content content, long secondsToExpire,
		Instant createdAt, @Nullable Instant expiresAt, ApprovalStatus status, @Nullable Instant processedAt) {

	/**
	 * The request as expired if it was pending and its time is up, else unchanged.
	 */
	ApprovalRequest expiredIfDue(Instant now) {
		if (this.status == ApprovalStatus.PENDING && this.expiresAt != null && !now.isBefore(this.expiresAt)) {
			return withStatus(ApprovalStatus.EXPIRED, this.expiresAt);
		}
		return this;
	}

	ApprovalRequest withStatus(ApprovalStatus status, Instant processedAt) {
		return new ApprovalRequest(this.uuid, this.id, this.authyId, this.userEmail, this.content, this.secondsToExpire,
				this.createdAt, this.expiresAt, status, processedAt);
	}

	Instant updatedAt() {
		return (this.processedAt != null) ? this.processedAt : this.createdAt;
	}

	@Override
	public String toString() {
		// What the phone shows may name the user; the email does.
		return "ApprovalRequest[uuid=" + this.uuid + ", authyId=" + this.authyId + ", status=" + this.status
				+ ", userEmail=<hidden>, content=<hidden>]";
	}

	Approval toApproval() {
		Map<String, String> details = this.content.details();
		return new Approval(this.uuid, this.authyId, this.content.message(), (details != null) ? details : Map.of(),
				this.status.wireName(), this.createdAt, this.expiresAt);
	}

	/**
	 * What the phone shows, kept in the order the application sent it; read-only.
	 *
	 * @param message the subject
	 * @param details the visible details, or {@code null}
	 * @param hiddenDetails the details only the application sees, or {@code null}
	 * @param logos the logos, each with a {@code res} and a {@code url}, or {@code null}
	 */
	record Content(String message, @Nullable Map<String, String> details, @Nullable Map<String, String> hiddenDetails,
			@Nullable List<Map<String, String>> logos) {

		Content {
			details = copy(details);
			hiddenDetails = copy(hiddenDetails);
			if (logos != null) {
				List<Map<String, String>> copies = new ArrayList<>();
				for (Map<String, String> logo : logos) {
					copies.add(Collections.unmodifiableMap(new LinkedHashMap<>(logo)));
				}
				logos = Collections.unmodifiableList(copies);
			}
		}

		private static @Nullable Map<String, String> copy(@Nullable Map<String, String> map) {
			return (map != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : null;
		}

	}

}
