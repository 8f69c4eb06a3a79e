package dev.authyspring.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * What the second step does for a user whose {@link AuthyIdResolver} finds no Authy id:
 * skip the step, or require it by sending the user to enrol.
 */
final class UsersWithoutAuthyId {

	private final boolean skip;

	private final @Nullable String enrolmentUrl;

	private UsersWithoutAuthyId(boolean skip, @Nullable String enrolmentUrl) {
		this.skip = skip;
		this.enrolmentUrl = enrolmentUrl;
	}

	static UsersWithoutAuthyId skip() {
		return new UsersWithoutAuthyId(true, null);
	}

	/**
	 * @param enrolmentUrl where users set up the second factor, or {@code null} to refuse
	 * them with a page that says so
	 */
	static UsersWithoutAuthyId require(@Nullable String enrolmentUrl) {
		return new UsersWithoutAuthyId(false, enrolmentUrl);
	}

	void handle(HttpServletRequest request, HttpServletResponse response, Authentication user,
			SecondFactorCompletion completion, SecondFactorPage page) throws IOException, ServletException {
		if (this.skip) {
			completion.grant(request, response, user, AuthyFactorMethod.NOT_ENROLLED, null);
			return;
		}
		if (SecondFactorResponses.wantsJson(request)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("error", "not_enrolled");
			if (this.enrolmentUrl != null) {
				body.put("enrolmentUrl", request.getContextPath() + this.enrolmentUrl);
			}
			SecondFactorResponses.json(response, HttpServletResponse.SC_FORBIDDEN, body);
			return;
		}
		if (this.enrolmentUrl != null) {
			SecondFactorResponses.redirect(request, response, this.enrolmentUrl);
			return;
		}
		SecondFactorResponses.html(response, HttpServletResponse.SC_FORBIDDEN, page.notEnrolled());
	}

}
