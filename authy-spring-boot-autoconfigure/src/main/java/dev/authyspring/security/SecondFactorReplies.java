package dev.authyspring.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * The second step's answers that send the user back to its page: an error or a state as
 * JSON, or a redirect to the page (the generated one or the application's) with the
 * message as a query parameter.
 */
final class SecondFactorReplies {

	private final String page;

	SecondFactorReplies(SecondFactorPaths paths, @Nullable String customPage) {
		this.page = (customPage != null) ? customPage : paths.page();
	}

	void error(HttpServletRequest request, HttpServletResponse response, int status, String error,
			Map<String, Object> details) throws IOException {
		if (SecondFactorResponses.wantsJson(request)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("error", error);
			body.putAll(details);
			SecondFactorResponses.json(response, status, body);
			return;
		}
		toPage(request, response, "push_pending".equals(error) ? "push" : "error=" + error);
	}

	void toPage(HttpServletRequest request, HttpServletResponse response, @Nullable String query) throws IOException {
		SecondFactorResponses.redirect(request, response, (query != null) ? this.page + "?" + query : this.page);
	}

}
