package dev.authyspring.client;

import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.ApprovalRequestReceipt;
import dev.authyspring.client.model.ApprovalRequestStatus;

/**
 * OneTouch push approval requests.
 */
public interface AuthyOneTouch {

	/**
	 * Sends a push approval request to the user's Authy app. Never retried once the
	 * request may have reached Authy.
	 * @param request the request
	 * @return the receipt with the request's uuid
	 */
	ApprovalRequestReceipt sendRequest(ApprovalRequest request);

	/**
	 * Returns the state of an approval request. Safe to retry.
	 * @param uuid the request's uuid
	 * @return its state
	 */
	ApprovalRequestStatus approvalStatus(String uuid);

}
