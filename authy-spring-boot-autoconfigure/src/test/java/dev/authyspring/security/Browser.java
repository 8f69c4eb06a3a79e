package dev.authyspring.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * One browser: its session and cookies, and the CSRF token on every form, as the pages
 * send it. {@link #json()} turns it into a single-page application's {@code fetch}.
 */
final class Browser {

	private final MockMvc mvc;

	private MockHttpSession session = new MockHttpSession();

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private boolean json;

	Browser(MockMvc mvc) {
		this.mvc = mvc;
	}

	Browser json() {
		this.json = true;
		return this;
	}

	MockHttpServletResponse logIn(String username) {
		MockHttpServletResponse response = post("/login", "username", username, "password",
				TwoFactorTestApplication.PASSWORD);
		assertThat(response.getStatus()).as("password accepted").isEqualTo(302);
		assertThat(response.getRedirectedUrl()).doesNotContain("error");
		return response;
	}

	MockHttpServletResponse get(String path) {
		return perform(MockMvcRequestBuilders.get(path));
	}

	MockHttpServletResponse post(String path, String... parameters) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return perform(request);
	}

	MockHttpServletResponse postWithoutCsrf(String path, String... parameters) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return perform(request);
	}

	MockHttpSession session() {
		return this.session;
	}

	Map<String, Cookie> cookies() {
		return this.cookies;
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
		if (this.session.isInvalid()) {
			this.session = new MockHttpSession();
		}
		request.session(this.session);
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		request.header(HttpHeaders.ACCEPT,
				this.json ? MediaType.APPLICATION_JSON_VALUE : "text/html,application/xhtml+xml,*/*;q=0.8");
		try {
			MvcResult result = this.mvc.perform(request).andReturn();
			if (result.getRequest().getSession(false) instanceof MockHttpSession current) {
				this.session = current;
			}
			for (Cookie cookie : result.getResponse().getCookies()) {
				if (cookie.getMaxAge() == 0) {
					this.cookies.remove(cookie.getName());
				}
				else {
					this.cookies.put(cookie.getName(), cookie);
				}
			}
			return result.getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
