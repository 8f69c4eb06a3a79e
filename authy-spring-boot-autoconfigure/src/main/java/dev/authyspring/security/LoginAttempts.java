package dev.authyspring.security;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.web.util.WebUtils;

/**
 * Keeps the {@link LoginAttempt} in the HTTP session. Every change happens under the
 * session's mutex and is written back, so that a replicated session (Spring Session) sees
 * it too.
 */
final class LoginAttempts {

	static final String ATTRIBUTE = LoginAttempt.class.getName();

	private final Clock clock;

	LoginAttempts(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Returns the attempt of this login, starting one when there is none for this user
	 * and Authy id.
	 */
	LoginAttempt current(HttpServletRequest request, Authentication authentication, long authyId) {
		HttpSession session = request.getSession();
		synchronized (WebUtils.getSessionMutex(session)) {
			if (session.getAttribute(ATTRIBUTE) instanceof LoginAttempt attempt
					&& attempt.belongsTo(authentication.getName(), authyId)) {
				return attempt;
			}
			LoginAttempt started = new LoginAttempt(authentication.getName(), authyId, startOf(authentication));
			session.setAttribute(ATTRIBUTE, started);
			return started;
		}
	}

	<T> T update(HttpServletRequest request, LoginAttempt attempt, Function<LoginAttempt, T> change) {
		HttpSession session = request.getSession();
		synchronized (WebUtils.getSessionMutex(session)) {
			T result = change.apply(attempt);
			session.setAttribute(ATTRIBUTE, attempt);
			return result;
		}
	}

	void remove(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	/**
	 * When the first factor was proved: the newest factor authority's issue time, so that
	 * the login timeout counts from the password, not from the first visit of the page;
	 * or now, when the user proves the Authy factor again.
	 */
	private Instant startOf(Authentication authentication) {
		@Nullable Instant newest = null;
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (AuthyFactor.AUTHORITY.equals(authority.getAuthority())) {
				// Proving the factor again, long after the password: the step's time
				// starts now.
				return this.clock.instant();
			}
			if (authority instanceof FactorGrantedAuthority factor
					&& !AuthyFactor.AUTHORITY.equals(factor.getAuthority())
					&& (newest == null || factor.getIssuedAt().isAfter(newest))) {
				newest = factor.getIssuedAt();
			}
		}
		return (newest != null) ? newest : this.clock.instant();
	}

}
