package dev.authyspring.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.authyspring.security.AuthyFactorException.Reason;
import dev.authyspring.security.LoginAttempt.PushState;
import dev.authyspring.security.SecondFactorSteps.Checked;
import dev.authyspring.security.SecondFactorSteps.Sent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the second step's endpoints to users who passed the first factor, ahead of
 * authorization, which would refuse them every page. Requests of anyone else pass on to
 * the rest of the chain.
 */
final class AuthySecondFactorFilter extends OncePerRequestFilter {

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	private final SecondFactorRoutes routes;

	private final SecondFactorReplies replies;

	private final @Nullable String customPage;

	private final SecondFactorPage page;

	private final SecondFactorSteps steps;

	private final SecondFactorCompletion completion;

	private final LoginAttempts attempts;

	private final AuthyIdResolver authyIds;

	private final UsersWithoutAuthyId withoutAuthyId;

	private final @Nullable RememberedDevices rememberedDevices;

	private final SecurityContextHolderStrategy holder;

	AuthySecondFactorFilter(PathPatternRequestMatcher.Builder matchers, SecondFactorPaths paths,
			@Nullable String customPage, SecondFactorSteps steps, SecondFactorCompletion completion,
			LoginAttempts attempts, AuthyIdResolver authyIds, UsersWithoutAuthyId withoutAuthyId,
			@Nullable RememberedDevices rememberedDevices, SecurityContextHolderStrategy holder) {
		this.routes = new SecondFactorRoutes(matchers, paths);
		this.replies = new SecondFactorReplies(paths, customPage);
		this.customPage = customPage;
		this.page = new SecondFactorPage(paths, rememberedDevices != null);
		this.steps = steps;
		this.completion = completion;
		this.attempts = attempts;
		this.authyIds = authyIds;
		this.withoutAuthyId = withoutAuthyId;
		this.rememberedDevices = rememberedDevices;
		this.holder = holder;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.routes.isScript(request)) {
			response.setContentType("text/javascript;charset=UTF-8");
			response.getOutputStream().write(SecondFactorPage.SCRIPT.getBytes(StandardCharsets.UTF_8));
			return;
		}
		SecondFactorRoutes.Route route = this.routes.route(request);
		Authentication user = this.holder.getContext().getAuthentication();
		if (route == null || user == null || !user.isAuthenticated()
				|| !this.trustResolver.isFullyAuthenticated(user)) {
			// Nobody who proved a first factor in this login (anonymous, or remembered by
			// a cookie that cannot stand in for it): authorization decides, as for any
			// page.
			chain.doFilter(request, response);
			return;
		}
		Long authyId = this.authyIds.resolve(user);
		if (authyId == null) {
			this.withoutAuthyId.handle(request, response, user, this.completion, this.page);
			return;
		}
		HttpSession session = request.getSession(false);
		if (session == null || session.isNew()) {
			// The step keeps its limits in the session; a login without one (its session
			// was just discarded, or the application keeps none) cannot be limited, so it
			// ends.
			this.completion.end(request, response, user,
					new AuthyFactorException(Reason.LOGIN_EXPIRED, AuthyFactorMethod.TOTP));
			return;
		}
		LoginAttempt attempt = this.attempts.current(request, user, authyId);
		if (attempt.isExpired(this.steps.now(), this.steps.settings().loginTimeout())) {
			this.completion.end(request, response, user,
					new AuthyFactorException(Reason.LOGIN_EXPIRED, attempt.lastMethod()));
			return;
		}
		switch (route) {
			case PAGE -> page(request, response, user, attempt);
			case SEND_PUSH -> sent(request, response, AuthyFactorMethod.PUSH, attempt,
					this.attempts.update(request, attempt, (a) -> this.steps.sendPush(a, user, request)));
			case SEND_SMS -> sent(request, response, AuthyFactorMethod.SMS, attempt,
					this.attempts.update(request, attempt, (a) -> this.steps.sendCode(a, AuthyFactorMethod.SMS)));
			case SEND_CALL -> sent(request, response, AuthyFactorMethod.CALL, attempt,
					this.attempts.update(request, attempt, (a) -> this.steps.sendCode(a, AuthyFactorMethod.CALL)));
			case PUSH_STATUS -> pushStatus(request, response, user, attempt);
			case COMPLETE_PUSH -> completePush(request, response, user, attempt);
			case CHECK_CODE -> checkCode(request, response, user, attempt);
		}
	}

	private void page(HttpServletRequest request, HttpServletResponse response, Authentication user,
			LoginAttempt attempt) throws IOException, ServletException {
		if (this.rememberedDevices != null
				&& this.rememberedDevices.isRemembered(request, user.getName(), attempt.authyId())) {
			this.completion.grant(request, response, user, AuthyFactorMethod.REMEMBERED_DEVICE, null);
			return;
		}
		PushState push = this.attempts.update(request, attempt, this.steps::pushState);
		if (endedByPush(request, response, user, attempt, push)) {
			return;
		}
		int attemptsLeft = attempt.codeAttemptsLeft(this.steps.settings().maxCodeAttempts());
		if (SecondFactorResponses.wantsJson(request)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("push", push.name().toLowerCase(Locale.ROOT));
			body.put("attemptsLeft", attemptsLeft);
			body.put("codeResendInSeconds", seconds(attempt.codeResendWait(this.steps.now(), resendInterval())));
			body.put("pushResendInSeconds", seconds(attempt.pushResendWait(this.steps.now(), resendInterval())));
			body.put("rememberDeviceAvailable", this.rememberedDevices != null);
			SecondFactorResponses.json(response, HttpServletResponse.SC_OK, body);
			return;
		}
		if (this.customPage != null) {
			String query = request.getQueryString();
			SecondFactorResponses.redirect(request, response, this.customPage + ((query != null) ? "?" + query : ""));
			return;
		}
		SecondFactorResponses.html(response, HttpServletResponse.SC_OK,
				this.page.render(request, attempt, push == PushState.PENDING, attemptsLeft));
	}

	private void sent(HttpServletRequest request, HttpServletResponse response, AuthyFactorMethod method,
			LoginAttempt attempt, Sent sent) throws IOException {
		boolean json = SecondFactorResponses.wantsJson(request);
		switch (sent) {
			case SENT -> {
				if (json) {
					SecondFactorResponses.json(response, HttpServletResponse.SC_ACCEPTED, Map.of("sent", method.tag()));
				}
				else {
					this.replies.toPage(request, response,
							(method == AuthyFactorMethod.PUSH) ? "push" : "sent=" + method.tag());
				}
			}
			case TOO_SOON -> {
				long wait = Math.max(1,
						seconds((method == AuthyFactorMethod.PUSH)
								? attempt.pushResendWait(this.steps.now(), resendInterval())
								: attempt.codeResendWait(this.steps.now(), resendInterval())));
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
				this.replies.error(request, response, 429, "resend_too_soon", Map.of("retryAfterSeconds", wait));
			}
			case AUTHY_UNAVAILABLE -> this.replies.error(request, response, 503, "authy_unavailable", Map.of());
		}
	}

	private void pushStatus(HttpServletRequest request, HttpServletResponse response, Authentication user,
			LoginAttempt attempt) throws IOException, ServletException {
		PushState push = this.attempts.update(request, attempt, this.steps::pushState);
		if (endedByPush(request, response, user, attempt, push)) {
			return;
		}
		if (!SecondFactorResponses.wantsJson(request)) {
			this.replies.toPage(request, response, (push == PushState.NONE) ? null : "push");
			return;
		}
		SecondFactorResponses.json(response, HttpServletResponse.SC_OK,
				Map.of("push", push.name().toLowerCase(Locale.ROOT)));
	}

	private void completePush(HttpServletRequest request, HttpServletResponse response, Authentication user,
			LoginAttempt attempt) throws IOException, ServletException {
		PushState push = this.attempts.update(request, attempt, this.steps::pushState);
		if (endedByPush(request, response, user, attempt, push)) {
			return;
		}
		switch (push) {
			case APPROVED -> this.completion.grant(request, response, user, AuthyFactorMethod.PUSH,
					rememberDevice(request, attempt));
			case PENDING -> this.replies.error(request, response, 409, "push_pending", Map.of());
			default -> this.replies.error(request, response, 409, "no_push", Map.of());
		}
	}

	private boolean endedByPush(HttpServletRequest request, HttpServletResponse response, Authentication user,
			LoginAttempt attempt, PushState push) throws IOException, ServletException {
		// A denied push ends the login; an expired one only while the user waits for it,
		// not after they asked for a code instead.
		if (push == PushState.DENIED || (push == PushState.EXPIRED && attempt.lastMethod() == AuthyFactorMethod.PUSH)) {
			Reason reason = (push == PushState.DENIED) ? Reason.PUSH_DENIED : Reason.PUSH_EXPIRED;
			this.completion.end(request, response, user, new AuthyFactorException(reason, AuthyFactorMethod.PUSH));
			return true;
		}
		return false;
	}

	private void checkCode(HttpServletRequest request, HttpServletResponse response, Authentication user,
			LoginAttempt attempt) throws IOException, ServletException {
		AuthyFactorMethod named = AuthyFactorMethod.ofCode(request.getParameter("method"));
		AuthyFactorMethod method = (named != null) ? named : attempt.codeMethod();
		String code = request.getParameter("code");
		String digits = (code != null) ? code.replaceAll("[\\s-]", "") : "";
		int max = this.steps.settings().maxCodeAttempts();
		if (!this.attempts.update(request, attempt, (a) -> a.reserveCodeAttempt(max))) {
			this.completion.end(request, response, user, new AuthyFactorException(Reason.TOO_MANY_ATTEMPTS, method));
			return;
		}
		Checked checked = this.steps.checkCode(attempt, digits);
		if (checked == Checked.VALID) {
			this.completion.grant(request, response, user, method, rememberDevice(request, attempt));
			return;
		}
		if (checked == Checked.INVALID_FORMAT || checked == Checked.AUTHY_UNAVAILABLE) {
			this.attempts.update(request, attempt, (a) -> {
				a.refundCodeAttempt();
				return a;
			});
			if (checked == Checked.AUTHY_UNAVAILABLE) {
				this.completion.failed(user, new AuthyFactorException(Reason.AUTHY_UNAVAILABLE, method));
				this.replies.error(request, response, 503, "authy_unavailable", Map.of());
			}
			else {
				this.replies.error(request, response, 400, "invalid_format", Map.of());
			}
			return;
		}
		int left = attempt.codeAttemptsLeft(max);
		if (left == 0) {
			this.completion.end(request, response, user, new AuthyFactorException(Reason.TOO_MANY_ATTEMPTS, method));
			return;
		}
		Reason reason = (checked == Checked.USED) ? Reason.CODE_ALREADY_USED : Reason.INVALID_CODE;
		this.completion.failed(user, new AuthyFactorException(reason, method));
		this.replies.error(request, response, 401, reason.tag(), Map.of("attemptsLeft", left));
	}

	private @Nullable Long rememberDevice(HttpServletRequest request, LoginAttempt attempt) {
		String value = request.getParameter("remember-device");
		boolean asked = "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
		return (asked && this.rememberedDevices != null) ? attempt.authyId() : null;
	}

	private Duration resendInterval() {
		return this.steps.settings().resendInterval();
	}

	private static long seconds(Duration duration) {
		return (duration.toMillis() + 999) / 1000;
	}

}
