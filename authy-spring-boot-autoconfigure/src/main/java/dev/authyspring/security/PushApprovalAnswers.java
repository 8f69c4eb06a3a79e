package dev.authyspring.security;

import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.onetouch.OneTouchCallbackEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;

/**
 * The answers to login pushes that arrived as signed OneTouch callbacks on this
 * application. A login whose answer is not here asks Authy instead, at a bounded rate, so
 * the store need not be shared between instances.
 */
public interface PushApprovalAnswers {

	/**
	 * Records the answer a verified callback carries.
	 * @param event the event the callback endpoint published
	 */
	@EventListener
	void record(OneTouchCallbackEvent event);

	/**
	 * Returns the recorded answer to a push.
	 * @param uuid the approval request's uuid
	 * @param authyId the Authy id the push was sent to; an answer from another user is
	 * never returned
	 * @return the answer, {@link ApprovalStatus#APPROVED} or
	 * {@link ApprovalStatus#DENIED} as the callback carried it, or {@code null} if none
	 * was recorded
	 */
	@Nullable ApprovalStatus find(String uuid, long authyId);

}
