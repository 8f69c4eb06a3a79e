package dev.authyspring.security;

import dev.authyspring.onetouch.web.OneTouchCallbackEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Request matchers for the starter's endpoints, for security rules of an application that
 * does not use {@link AuthyFactorConfigurer} (which permits the callback itself), in the
 * manner of Spring Boot's {@code PathRequest}:
 * {@code requests.requestMatchers(AuthyRequestMatchers.oneTouchCallback()).permitAll()}.
 */
public final class AuthyRequestMatchers {

	private AuthyRequestMatchers() {
	}

	/**
	 * Matches the OneTouch callback endpoint at the path it is mapped to, found from the
	 * {@link OneTouchCallbackEndpoint} bean on the first request. Matches nothing when
	 * the endpoint is not mapped.
	 * @return the matcher
	 */
	public static RequestMatcher oneTouchCallback() {
		return new OneTouchCallbackMatcher();
	}

	private static final class OneTouchCallbackMatcher implements RequestMatcher {

		private volatile @Nullable RequestMatcher delegate;

		@Override
		public boolean matches(HttpServletRequest request) {
			RequestMatcher matcher = this.delegate;
			if (matcher == null) {
				matcher = resolve(request);
				this.delegate = matcher;
			}
			return matcher.matches(request);
		}

		private static RequestMatcher resolve(HttpServletRequest request) {
			WebApplicationContext context = WebApplicationContextUtils
				.getRequiredWebApplicationContext(request.getServletContext());
			OneTouchCallbackEndpoint endpoint = context.getBeanProvider(OneTouchCallbackEndpoint.class).getIfUnique();
			if (endpoint == null) {
				return (ignored) -> false;
			}
			PathPatternRequestMatcher.Builder builder = context.getBeanProvider(PathPatternRequestMatcher.Builder.class)
				.getIfUnique(PathPatternRequestMatcher::withDefaults);
			return builder.matcher(endpoint.path());
		}

		@Override
		public String toString() {
			return "OneTouchCallbackMatcher";
		}

	}

}
