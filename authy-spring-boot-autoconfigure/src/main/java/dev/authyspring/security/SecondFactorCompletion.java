package dev.authyspring.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Ends the second step: grants the factor, or discards the half-finished login.
 */
final class SecondFactorCompletion {

	private final SecurityContextHolderStrategy holder;

	private final SecurityContextRepository contextRepository;

	private final SessionAuthenticationStrategy sessionStrategy;

	private final RequestCache requestCache;

	private final AuthenticationSuccessHandler successHandler;

	private final AuthenticationFailureHandler failureHandler;

	private final @Nullable String failureUrl;

	private final AuthyFactorEvents events;

	private final LoginAttempts attempts;

	private final @Nullable RememberedDevices rememberedDevices;

	private final SecondFactorSteps steps;

	private final RememberMeServices rememberMe;

	SecondFactorCompletion(SecurityContextHolderStrategy holder, SecurityContextRepository contextRepository,
			SessionAuthenticationStrategy sessionStrategy, RequestCache requestCache,
			AuthenticationSuccessHandler successHandler, AuthenticationFailureHandler failureHandler,
			@Nullable String failureUrl, AuthyFactorEvents events, LoginAttempts attempts,
			@Nullable RememberedDevices rememberedDevices, SecondFactorSteps steps, RememberMeServices rememberMe) {
		this.holder = holder;
		this.contextRepository = contextRepository;
		this.sessionStrategy = sessionStrategy;
		this.requestCache = requestCache;
		this.successHandler = successHandler;
		this.failureHandler = failureHandler;
		this.failureUrl = failureUrl;
		this.events = events;
		this.attempts = attempts;
		this.rememberedDevices = rememberedDevices;
		this.steps = steps;
		this.rememberMe = rememberMe;
	}

	/**
	 * Adds the factor to the user's authentication, with a new session id, then sends the
	 * user on to the page first asked for.
	 * @param rememberDevice the Authy id to remember this device for, or {@code null}
	 */
	void grant(HttpServletRequest request, HttpServletResponse response, Authentication user, AuthyFactorMethod method,
			@Nullable Long rememberDevice) throws IOException, ServletException {
		FactorGrantedAuthority factor = FactorGrantedAuthority.withAuthority(AuthyFactor.AUTHORITY)
			.issuedAt(this.steps.now())
			.build();
		Authentication upgraded = user.toBuilder().authorities((authorities) -> {
			authorities.removeIf((authority) -> AuthyFactor.AUTHORITY.equals(authority.getAuthority()));
			authorities.add(factor);
		}).build();
		this.attempts.remove(request);
		this.sessionStrategy.onAuthentication(upgraded, request, response);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(upgraded);
		this.holder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
		if (rememberDevice != null && this.rememberedDevices != null) {
			this.rememberedDevices.remember(request, response, upgraded.getName(), rememberDevice);
		}
		this.events.granted(AuthyFactorAuthentication.granted(upgraded, method, factor));
		if (SecondFactorResponses.wantsJson(request)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("authenticated", true);
			body.put("method", method.tag());
			body.put("redirectUrl", targetUrl(request, response));
			SecondFactorResponses.json(response, HttpServletResponse.SC_OK, body);
			return;
		}
		this.successHandler.onAuthenticationSuccess(request, response, upgraded);
	}

	private String targetUrl(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved == null) {
			return request.getContextPath() + "/";
		}
		this.requestCache.removeRequest(request, response);
		return saved.getRedirectUrl();
	}

	/**
	 * Records a failed attempt that the user may retry.
	 */
	void failed(Authentication user, AuthyFactorException failure) {
		this.events.failed(user, failure);
	}

	/**
	 * Discards the half-finished login: the user starts again with the first factor, and
	 * the login page can show why from the session's authentication exception.
	 */
	void end(HttpServletRequest request, HttpServletResponse response, Authentication user,
			AuthyFactorException failure) throws IOException, ServletException {
		this.events.failed(user, failure);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		this.holder.clearContext();
		// A remember-me cookie would log the user in again at once, with fresh limits.
		this.rememberMe.loginFail(request, response);
		SecurityContext empty = this.holder.createEmptyContext();
		this.contextRepository.saveContext(empty, request, response);
		if (SecondFactorResponses.wantsJson(request)) {
			request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("error", failure.getReason().tag());
			body.put("message", failure.getMessage());
			body.put("loginEnded", true);
			if (this.failureUrl != null) {
				body.put("redirectUrl", request.getContextPath() + this.failureUrl);
			}
			SecondFactorResponses.json(response, HttpServletResponse.SC_UNAUTHORIZED, body);
			return;
		}
		this.failureHandler.onAuthenticationFailure(request, response, failure);
	}

}
