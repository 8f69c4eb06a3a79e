package dev.authyspring.client.model;

/**
 * Authy's receipt for a OneTouch approval request.
 *
 * @param uuid the id of the approval request
 */
public record ApprovalRequestReceipt(String uuid) {
}
