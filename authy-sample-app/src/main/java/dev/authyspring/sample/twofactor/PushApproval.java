package dev.authyspring.sample.twofactor;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A OneTouch approval request sent at login, stored so that any instance of the
 * application can see the answer, whichever instance received the callback.
 *
 * @param uuid Authy's id of the approval request
 * @param userId the user who is logging in
 * @param authyId the user's Authy id, which the callback must match
 * @param status where it stands
 * @param createdAt when it was sent
 * @param updatedAt when the status last changed
 */
@Table
public record PushApproval(@Id String uuid, long userId, long authyId, PushStatus status, Instant createdAt,
		Instant updatedAt) {

}
