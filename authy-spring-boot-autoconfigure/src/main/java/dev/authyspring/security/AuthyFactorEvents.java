package dev.authyspring.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;

/**
 * Publishes Spring Security's authentication events for the Authy factor, each carrying
 * an {@link AuthyFactorAuthentication} that names the method.
 */
final class AuthyFactorEvents {

	private final ApplicationEventPublisher publisher;

	AuthyFactorEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	void granted(AuthyFactorAuthentication step) {
		this.publisher.publishEvent(new AuthenticationSuccessEvent(step));
	}

	void failed(Authentication user, AuthyFactorException failure) {
		AuthyFactorAuthentication step = AuthyFactorAuthentication.attempted(user, failure.getMethod());
		this.publisher.publishEvent(event(step, failure));
	}

	private static AbstractAuthenticationFailureEvent event(AuthyFactorAuthentication step,
			AuthyFactorException failure) {
		return switch (failure.getReason()) {
			case INVALID_CODE, CODE_ALREADY_USED, PUSH_DENIED ->
				new AuthenticationFailureBadCredentialsEvent(step, failure);
			case TOO_MANY_ATTEMPTS -> new AuthenticationFailureLockedEvent(step, failure);
			case PUSH_EXPIRED, LOGIN_EXPIRED -> new AuthenticationFailureCredentialsExpiredEvent(step, failure);
			case AUTHY_UNAVAILABLE -> new AuthenticationFailureServiceExceptionEvent(step, failure);
		};
	}

}
