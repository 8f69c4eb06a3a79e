package dev.authyspring.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.authyspring.client.AuthyException;
import dev.authyspring.client.AuthyOneTouch;
import dev.authyspring.client.AuthyTokens;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.ApprovalRequestStatus;
import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.client.model.TokenRequestOptions;
import dev.authyspring.client.model.TokenStatus;
import dev.authyspring.security.LoginAttempt.PushState;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;

/**
 * What the second step does with Authy: send pushes and codes, learn a push's answer, and
 * check codes. The caller holds the session's lock around every call that changes the
 * attempt. Nothing here logs a code or an id.
 */
final class SecondFactorSteps {

	private static final Log logger = LogFactory.getLog(SecondFactorSteps.class);

	private static final int MAX_DETAIL_LENGTH = ApprovalRequest.MAX_DETAIL_LENGTH;

	private final AuthyUsers users;

	private final AuthyTokens tokens;

	private final AuthyOneTouch oneTouch;

	private final PushApprovalAnswers answers;

	private final AuthySecondFactorSettings settings;

	private final List<AuthyPushRequestCustomizer> pushCustomizers;

	private final Clock clock;

	SecondFactorSteps(AuthyUsers users, AuthyTokens tokens, AuthyOneTouch oneTouch, PushApprovalAnswers answers,
			AuthySecondFactorSettings settings, List<AuthyPushRequestCustomizer> pushCustomizers, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.oneTouch = oneTouch;
		this.answers = answers;
		this.settings = settings;
		this.pushCustomizers = List.copyOf(pushCustomizers);
		this.clock = clock;
	}

	AuthySecondFactorSettings settings() {
		return this.settings;
	}

	Instant now() {
		return this.clock.instant();
	}

	Sent sendCode(LoginAttempt attempt, AuthyFactorMethod channel) {
		Instant now = now();
		if (!attempt.codeResendWait(now, this.settings.resendInterval()).isZero()) {
			return Sent.TOO_SOON;
		}
		try {
			// Forced: Authy would otherwise skip users who have the app and expect its
			// code.
			if (channel == AuthyFactorMethod.CALL) {
				this.users.requestCall(attempt.authyId(), TokenRequestOptions.FORCED);
			}
			else {
				this.users.requestSms(attempt.authyId(), TokenRequestOptions.FORCED);
			}
		}
		catch (AuthyException ex) {
			logger.warn("Authy did not send a login code by " + channel.tag() + ": " + ex.getMessage());
			return Sent.AUTHY_UNAVAILABLE;
		}
		attempt.codeSent(channel, now);
		return Sent.SENT;
	}

	Sent sendPush(LoginAttempt attempt, Authentication authentication, HttpServletRequest request) {
		Instant now = now();
		if (!attempt.pushResendWait(now, this.settings.resendInterval()).isZero()) {
			return Sent.TOO_SOON;
		}
		AuthySecondFactorSettings.Push push = this.settings.push();
		ApprovalRequest.Builder builder = ApprovalRequest.builder(attempt.authyId(), push.message())
			.secondsToExpire(Math.toIntExact(Math.min(Integer.MAX_VALUE, push.expiry().toSeconds())));
		if (push.includeRequestDetails()) {
			hiddenDetail(builder, "ip_address", request.getRemoteAddr());
			hiddenDetail(builder, "user_agent", request.getHeader(HttpHeaders.USER_AGENT));
		}
		this.pushCustomizers.forEach((customizer) -> customizer.customize(builder, authentication, request));
		String uuid;
		try {
			uuid = this.oneTouch.sendRequest(builder.build()).uuid();
		}
		catch (AuthyException ex) {
			logger.warn("Authy did not send a login push: " + ex.getMessage());
			return Sent.AUTHY_UNAVAILABLE;
		}
		attempt.pushSent(uuid, now);
		return Sent.SENT;
	}

	private static void hiddenDetail(ApprovalRequest.Builder builder, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			builder.hiddenDetail(key,
					(value.length() > MAX_DETAIL_LENGTH) ? value.substring(0, MAX_DETAIL_LENGTH) : value);
		}
	}

	/**
	 * Learns where the push stands: from a callback this instance received, else from its
	 * expiry, else by asking Authy, at most once per poll interval.
	 */
	PushState pushState(LoginAttempt attempt) {
		String uuid = attempt.pushUuid();
		Instant sentAt = attempt.pushSentAt();
		if (attempt.pushState() != PushState.PENDING || uuid == null || sentAt == null) {
			return attempt.pushState();
		}
		ApprovalStatus answer = this.answers.find(uuid, attempt.authyId());
		if (answer != null) {
			attempt.pushAnswered(stateOf(answer));
			return attempt.pushState();
		}
		Instant now = now();
		if (!now.isBefore(sentAt.plus(this.settings.push().expiry()))) {
			attempt.pushAnswered(PushState.EXPIRED);
			return attempt.pushState();
		}
		if (attempt.mayPoll(now, this.settings.push().pollInterval())) {
			attempt.polled(now);
			attempt.pushAnswered(poll(uuid, attempt.authyId()));
		}
		return attempt.pushState();
	}

	private PushState poll(String uuid, long authyId) {
		ApprovalRequestStatus status;
		try {
			status = this.oneTouch.approvalStatus(uuid);
		}
		catch (AuthyException ex) {
			// The callback may still come, and the page asks again.
			logger.debug("Could not poll a login push's status: " + ex.getMessage());
			return PushState.PENDING;
		}
		Long answeredBy = status.authyId();
		if (answeredBy != null && answeredBy != authyId) {
			logger.warn("Ignored a login push status for another Authy user");
			return PushState.PENDING;
		}
		return stateOf(status.status());
	}

	/** Callbacks and polls report the same states, so they settle a push the same way. */
	private static PushState stateOf(ApprovalStatus status) {
		return switch (status) {
			case APPROVED -> PushState.APPROVED;
			case DENIED -> PushState.DENIED;
			case EXPIRED -> PushState.EXPIRED;
			case PENDING -> PushState.PENDING;
		};
	}

	/**
	 * Checks a code. The caller has reserved a code attempt, and gives it back when Authy
	 * never judged the code.
	 */
	Checked checkCode(LoginAttempt attempt, String code) {
		TokenStatus status;
		try {
			status = this.tokens.verify(attempt.authyId(), code).status();
		}
		catch (IllegalArgumentException ex) {
			return Checked.INVALID_FORMAT;
		}
		catch (AuthyException ex) {
			logger.warn("Authy could not check a login code: " + ex.getMessage());
			return Checked.AUTHY_UNAVAILABLE;
		}
		return switch (status) {
			case VALID -> Checked.VALID;
			case USED_RECENTLY -> Checked.USED;
			case INVALID -> Checked.INVALID;
		};
	}

	/**
	 * What sending a code or a push did.
	 */
	enum Sent {

		SENT, TOO_SOON, AUTHY_UNAVAILABLE

	}

	/**
	 * What Authy said of a code.
	 */
	enum Checked {

		VALID, INVALID, USED, INVALID_FORMAT, AUTHY_UNAVAILABLE

	}

}
