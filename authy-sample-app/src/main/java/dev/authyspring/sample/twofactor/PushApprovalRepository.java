package dev.authyspring.sample.twofactor;

import java.time.Instant;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Stores {@link PushApproval}s. Status changes are conditional updates, so that two
 * instances (or a callback and a status poll) racing on the same request cannot both win.
 */
public interface PushApprovalRepository extends ListCrudRepository<PushApproval, String> {

	/**
	 * Records the user's answer if the request is still pending.
	 * @param uuid the request
	 * @param authyId the Authy id the answer came from
	 * @param status the answer
	 * @param now the time of the change
	 * @return 1 if this call changed the status, 0 if it was unknown or already answered
	 */
	@Modifying
	@Query("UPDATE push_approval SET status = :status, updated_at = :now "
			+ "WHERE uuid = :uuid AND authy_id = :authyId AND status = 'PENDING'")
	int answer(String uuid, long authyId, String status, Instant now);

	/**
	 * Marks an approved request as used by a login.
	 * @param uuid the request
	 * @param userId the user completing the login
	 * @param now the time of the change
	 * @return 1 if the request was approved for that user and is now used, 0 otherwise
	 */
	@Modifying
	@Query("UPDATE push_approval SET status = 'USED', updated_at = :now "
			+ "WHERE uuid = :uuid AND user_id = :userId AND status = 'APPROVED'")
	int use(String uuid, long userId, Instant now);

}
