package dev.authyspring.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.authyspring.onetouch.web.OneTouchCallbackEndpoint;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.config.annotation.web.HttpSecurityBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.NullRememberMeServices;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.Assert;

/**
 * Puts Authy on the login as a second factor, in one line of the filter chain:
 * {@code http.with(AuthyFactorConfigurer.authyFactor(), Customizer.withDefaults())}.
 *
 * <p>
 * A user who passed the first factor but lacks {@link AuthyFactor#AUTHORITY} and asks for
 * a page that requires it is sent to the second-factor page ({@code /login/authy}), and
 * after the step back to the page first asked for. The step's endpoints, the OneTouch
 * callback endpoint (permitted and exempt from CSRF: Authy signs it) and the default page
 * are installed ahead of authorization. Needs the Authy client beans and an
 * {@link AuthyIdResolver}.
 *
 * @param <H> the security builder
 */
public final class AuthyFactorConfigurer<H extends HttpSecurityBuilder<H>>
		extends AbstractHttpConfigurer<AuthyFactorConfigurer<H>, H> {

	/** Where the second step's endpoints are by default. */
	public static final String DEFAULT_PATH_PREFIX = "/login/authy";

	/** Where a discarded login goes by default: the form login page, with an error. */
	public static final String DEFAULT_FAILURE_URL = "/login?error";

	private String pathPrefix = DEFAULT_PATH_PREFIX;

	private @Nullable String secondFactorPage;

	private String failureUrl = DEFAULT_FAILURE_URL;

	private @Nullable AuthenticationFailureHandler failureHandler;

	private @Nullable AuthenticationSuccessHandler successHandler;

	private @Nullable AuthyIdResolver authyIdResolver;

	private UsersWithoutAuthyId withoutAuthyId = UsersWithoutAuthyId.require(null);

	private final List<AuthyPushRequestCustomizer> pushCustomizers = new ArrayList<>();

	/**
	 * Returns a configurer with the defaults, for {@code http.with(...)}.
	 * @return a new configurer
	 */
	public static AuthyFactorConfigurer<HttpSecurity> authyFactor() {
		return new AuthyFactorConfigurer<>();
	}

	/**
	 * Sets where the second step's endpoints are ({@code GET} the page, {@code POST}
	 * {@code /push}, {@code /sms}, {@code /call}, {@code /code}, ...).
	 * @param pathPrefix a path starting with {@code /}; {@value #DEFAULT_PATH_PREFIX} by
	 * default
	 * @return this configurer
	 */
	public AuthyFactorConfigurer<H> pathPrefix(String pathPrefix) {
		Assert.isTrue(pathPrefix != null && pathPrefix.startsWith("/") && !pathPrefix.endsWith("/"),
				"pathPrefix must start with '/' and not end with '/'");
		this.pathPrefix = pathPrefix;
		return this;
	}

	/**
	 * Uses the application's own second-factor page instead of the generated one. It must
	 * be permitted to users who passed the first factor only ({@code permitAll()}) and
	 * post to the step's endpoints; messages arrive as {@code error} and {@code sent}
	 * query parameters.
	 * @param url the page's path
	 * @return this configurer
	 */
	public AuthyFactorConfigurer<H> secondFactorPage(String url) {
		Assert.isTrue(url != null && url.startsWith("/"), "secondFactorPage must start with '/'");
		this.secondFactorPage = url;
		return this;
	}

	/**
	 * Sets where a discarded half-finished login goes (too many wrong codes, a denied or
	 * expired push, a login that took too long); the reason is in the session as Spring
	 * Security's {@code WebAttributes.AUTHENTICATION_EXCEPTION}.
	 * @param failureUrl a path; {@value #DEFAULT_FAILURE_URL} by default
	 * @return this configurer
	 */
	public AuthyFactorConfigurer<H> failureUrl(String failureUrl) {
		Assert.isTrue(failureUrl != null && failureUrl.startsWith("/"), "failureUrl must start with '/'");
		this.failureUrl = failureUrl;
		return this;
	}

	/**
	 * Replaces the redirect to {@link #failureUrl(String)} for browsers.
	 * @param failureHandler the handler
	 * @return this configurer
	 */
	public AuthyFactorConfigurer<H> failureHandler(AuthenticationFailureHandler failureHandler) {
		Assert.notNull(failureHandler, "failureHandler must not be null");
		this.failureHandler = failureHandler;
		return this;
	}

	/**
	 * Replaces the redirect to the page first asked for, for browsers.
	 * @param successHandler the handler
	 * @return this configurer
	 */
	public AuthyFactorConfigurer<H> successHandler(AuthenticationSuccessHandler successHandler) {
		Assert.notNull(successHandler, "successHandler must not be null");
		this.successHandler = successHandler;
		return this;
	}

	/**
	 * Sets how users are mapped to their Authy id; by default the {@link AuthyIdResolver}
	 * bean.
	 * @param authyIdResolver the resolver
	 * @return this configurer
	 */
	public AuthyFactorConfigurer<H> authyIdResolver(AuthyIdResolver authyIdResolver) {
		Assert.notNull(authyIdResolver, "authyIdResolver must not be null");
		this.authyIdResolver = authyIdResolver;
		return this;
	}

	/**
	 * Requires the second step of users without an Authy id too, sending them to a page
	 * where they enrol. That page must be permitted to users who passed the first factor
	 * only. Without this setting, such users see a page that says no second factor is set
	 * up.
	 * @param enrolmentUrl the enrolment page's path
	 * @return this configurer
	 */
	public AuthyFactorConfigurer<H> enrolmentUrl(String enrolmentUrl) {
		Assert.isTrue(enrolmentUrl != null && enrolmentUrl.startsWith("/"), "enrolmentUrl must start with '/'");
		this.withoutAuthyId = UsersWithoutAuthyId.require(enrolmentUrl);
		return this;
	}

	/**
	 * Lets users without an Authy id in with the first factor alone: they are granted the
	 * factor with {@link AuthyFactorMethod#NOT_ENROLLED}, which events and metrics show.
	 * @return this configurer
	 */
	public AuthyFactorConfigurer<H> skipUsersWithoutAuthyId() {
		this.withoutAuthyId = UsersWithoutAuthyId.skip();
		return this;
	}

	/**
	 * Adds to the push sent at login, after the {@link AuthyPushRequestCustomizer} beans.
	 * @param customizer the customizer
	 * @return this configurer
	 */
	public AuthyFactorConfigurer<H> pushRequest(AuthyPushRequestCustomizer customizer) {
		Assert.notNull(customizer, "customizer must not be null");
		this.pushCustomizers.add(customizer);
		return this;
	}

	private String pageUrl() {
		return (this.secondFactorPage != null) ? this.secondFactorPage : this.pathPrefix;
	}

	@Override
	public void init(H http) {
		ExceptionHandlingConfigurer<H> exceptions = http.getConfigurer(ExceptionHandlingConfigurer.class);
		if (exceptions != null) {
			LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint(pageUrl());
			String pageUrl = pageUrl();
			AuthenticationEntryPoint json = (request, response, ex) -> {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("error", "authy_factor_required");
				body.put("secondFactorUrl", request.getContextPath() + pageUrl);
				SecondFactorResponses.json(response, HttpServletResponse.SC_UNAUTHORIZED, body);
			};
			exceptions.defaultDeniedHandlerForMissingAuthority(
					(entryPoints) -> entryPoints.addEntryPointFor(json, SecondFactorResponses::wantsJson)
						.defaultEntryPoint(page),
					AuthyFactor.AUTHORITY);
		}
		RequestMatcher callback = callbackMatcher(http);
		CsrfConfigurer<H> csrf = http.getConfigurer(CsrfConfigurer.class);
		if (csrf != null && callback != null) {
			csrf.ignoringRequestMatchers(callback);
		}
	}

	@Override
	public void configure(H http) {
		AuthyFactorBeans beans = AuthyFactorBeans.of(http);
		Clock clock = beans.clock();
		AuthySecondFactorSettings settings = beans.settings();
		SecondFactorSteps steps = beans.steps(settings, beans.pushCustomizers(this.pushCustomizers), clock);
		RememberedDevices rememberedDevices = settings.rememberDevice().enabled()
				? new RememberedDevices(settings.rememberDevice(), clock) : null;
		LoginAttempts attempts = new LoginAttempts(clock);
		RequestCache requestCache = shared(http, RequestCache.class, HttpSessionRequestCache::new);
		SecondFactorCompletion completion = new SecondFactorCompletion(getSecurityContextHolderStrategy(),
				shared(http, SecurityContextRepository.class, AuthyFactorConfigurer::defaultContextRepository),
				shared(http, SessionAuthenticationStrategy.class, ChangeSessionIdAuthenticationStrategy::new),
				requestCache, successHandler(requestCache), failureHandler(),
				(this.failureHandler != null) ? null : this.failureUrl, beans.events(), attempts, rememberedDevices,
				steps, shared(http, RememberMeServices.class, NullRememberMeServices::new));
		AuthySecondFactorFilter filter = new AuthySecondFactorFilter(getRequestMatcherBuilder(),
				SecondFactorPaths.under(this.pathPrefix), this.secondFactorPage, steps, completion, attempts,
				beans.authyIdResolver(this.authyIdResolver), this.withoutAuthyId, rememberedDevices,
				getSecurityContextHolderStrategy());
		http.addFilterBefore(postProcess(filter), AuthorizationFilter.class);
		RequestMatcher callback = callbackMatcher(http);
		OneTouchCallbackEndpoint endpoint = beans.callbackEndpoint();
		if (callback != null && endpoint != null) {
			http.addFilterBefore(postProcess(new OneTouchCallbackFilter(callback, endpoint.handler())),
					AuthorizationFilter.class);
		}
	}

	private @Nullable RequestMatcher callbackMatcher(H http) {
		OneTouchCallbackEndpoint endpoint = AuthyFactorBeans.of(http).callbackEndpoint();
		return (endpoint != null) ? getRequestMatcherBuilder().matcher(endpoint.path()) : null;
	}

	private AuthenticationSuccessHandler successHandler(RequestCache requestCache) {
		if (this.successHandler != null) {
			return this.successHandler;
		}
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setRequestCache(requestCache);
		return handler;
	}

	private AuthenticationFailureHandler failureHandler() {
		return (this.failureHandler != null) ? this.failureHandler
				: new SimpleUrlAuthenticationFailureHandler(this.failureUrl);
	}

	private static <T> T shared(HttpSecurityBuilder<?> http, Class<T> type, Supplier<T> fallback) {
		T shared = http.getSharedObject(type);
		return (shared != null) ? shared : fallback.get();
	}

	private static SecurityContextRepository defaultContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

}
