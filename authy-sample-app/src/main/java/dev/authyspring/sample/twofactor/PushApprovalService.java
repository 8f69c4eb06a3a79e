package dev.authyspring.sample.twofactor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import dev.authyspring.client.AuthyException;
import dev.authyspring.client.AuthyOneTouch;
import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.ApprovalRequestReceipt;
import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.onetouch.OneTouchCallback;
import dev.authyspring.onetouch.OneTouchCallbackEvent;
import dev.authyspring.onetouch.OneTouchCallbackStatus;
import dev.authyspring.sample.SampleProperties;
import dev.authyspring.sample.user.AppUser;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.event.EventListener;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;

/**
 * Sends login push approvals and learns their answer: from the OneTouch callback first,
 * and by asking Authy when no callback came in time. The answer lives only in the
 * database.
 */
@Service
public class PushApprovalService {

	private static final Log logger = LogFactory.getLog(PushApprovalService.class);

	private final AuthyOneTouch oneTouch;

	private final PushApprovalRepository approvals;

	private final JdbcAggregateOperations aggregates;

	private final SampleProperties.Push properties;

	private final Clock clock;

	public PushApprovalService(AuthyOneTouch oneTouch, PushApprovalRepository approvals,
			JdbcAggregateOperations aggregates, SampleProperties properties) {
		this.oneTouch = oneTouch;
		this.approvals = approvals;
		this.aggregates = aggregates;
		this.properties = properties.getPush();
		this.clock = Clock.systemUTC();
	}

	/**
	 * Sends a push to the user's phone and stores it as pending.
	 * @param user the user logging in
	 * @return the stored request
	 * @throws AuthyException if Authy did not accept the request
	 */
	public PushApproval send(AppUser user) {
		ApprovalRequest request = ApprovalRequest.builder(user.authyId(), "Log in to the Authy sample app")
			.detail("Email", user.email())
			.secondsToExpire(Math.toIntExact(Math.max(1, this.properties.getExpiry().toSeconds())))
			.build();
		ApprovalRequestReceipt receipt = this.oneTouch.sendRequest(request);
		Instant now = this.clock.instant();
		return this.aggregates.insert(new PushApproval(receipt.uuid(), userId(user), user.authyId(),
				PushStatus.PENDING, now, now));
	}

	/**
	 * Returns the user's request, asking Authy when it has been pending for longer than
	 * the fallback delay.
	 * @param uuid the request
	 * @param user the user asking; requests of other users are not found
	 * @return the request, or empty if there is none for that user
	 */
	public Optional<PushApproval> status(String uuid, AppUser user) {
		Optional<PushApproval> found = find(uuid, user);
		if (found.isEmpty() || found.get().status() != PushStatus.PENDING) {
			return found;
		}
		Duration waited = Duration.between(found.get().createdAt(), this.clock.instant());
		if (waited.compareTo(this.properties.getFallbackAfter()) < 0) {
			return found;
		}
		try {
			ApprovalStatus answer = this.oneTouch.approvalStatus(uuid).status();
			if (answer != ApprovalStatus.PENDING) {
				this.approvals.answer(uuid, user.authyId(), PushStatus.valueOf(answer.name()).name(),
						this.clock.instant());
			}
		}
		catch (AuthyException ex) {
			// The callback may still come, and the browser asks again in a second.
			logger.debug("Could not poll approval request status: " + ex.getMessage());
		}
		return find(uuid, user);
	}

	/**
	 * Uses an approved request to complete a login, at most once.
	 * @param uuid the request
	 * @param user the user logging in
	 * @return whether the request was approved for that user and not used before
	 */
	public boolean use(String uuid, AppUser user) {
		return this.approvals.use(uuid, userId(user), this.clock.instant()) == 1;
	}

	/**
	 * Records the answer a verified OneTouch callback carries.
	 * @param event the event published by the starter's callback endpoint
	 */
	@EventListener
	public void onCallback(OneTouchCallbackEvent event) {
		OneTouchCallback callback = event.callback();
		PushStatus status = (callback.status() == OneTouchCallbackStatus.APPROVED) ? PushStatus.APPROVED
				: PushStatus.DENIED;
		int changed = this.approvals.answer(callback.uuid(), callback.authyId(), status.name(),
				this.clock.instant());
		if (changed == 0) {
			// Not a login request of this application, or already answered: nothing to do.
			logger.debug("Ignored OneTouch callback for an unknown or answered request");
		}
		else {
			logger.info("OneTouch request " + callback.uuid() + " " + status.name().toLowerCase(Locale.ROOT)
					+ " by callback");
		}
	}

	private Optional<PushApproval> find(String uuid, AppUser user) {
		return this.approvals.findById(uuid).filter((approval) -> approval.userId() == userId(user));
	}

	private static long userId(AppUser user) {
		Long id = user.id();
		if (id == null) {
			throw new IllegalArgumentException("User is not stored");
		}
		return id;
	}

}
