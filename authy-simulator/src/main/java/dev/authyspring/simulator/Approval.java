package dev.authyspring.simulator;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Snapshot of a OneTouch approval request.
 *
 * @param uuid the approval request uuid
 * @param authyId the user it was sent to
 * @param message the subject shown on the phone
 * @param details the visible details
 * @param status {@code pending}, {@code approved}, {@code denied} or {@code expired}
 * @param createdAt when it was created
 * @param expiresAt when it expires, or {@code null} if it never does
 */
public record Approval(String uuid, long authyId, String message, Map<String, String> details, String status,
		Instant createdAt, @Nullable Instant expiresAt) {

}
