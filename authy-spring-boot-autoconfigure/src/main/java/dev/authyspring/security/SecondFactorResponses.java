package dev.authyspring.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

/**
 * Writes the second step's answers: JSON for clients that ask for it, redirects and pages
 * for browsers.
 */
final class SecondFactorResponses {

	private SecondFactorResponses() {
	}

	/**
	 * Whether the client asked for JSON rather than HTML, as a single-page application's
	 * {@code fetch} with {@code Accept: application/json} does.
	 */
	static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (!StringUtils.hasText(accept)) {
			return false;
		}
		try {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
					return false;
				}
				if (MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardType()) {
					return true;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return false;
	}

	static void json(HttpServletResponse response, int status, Map<String, ?> body) throws IOException {
		byte[] bytes = JsonMapper.shared().writeValueAsBytes(body);
		response.setStatus(status);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	static void html(HttpServletResponse response, int status, String html) throws IOException {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
		String location = path.startsWith("/") ? request.getContextPath() + path : path;
		response.sendRedirect(response.encodeRedirectURL(location));
	}

}
