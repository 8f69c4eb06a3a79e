package dev.authyspring.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import jakarta.servlet.http.Cookie;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * One browser: a session and its cookies, and the CSRF token with every form, like the
 * pages send it.
 */
final class Visitor {

	/** Where a user with the password only is sent: the starter's second-factor page. */
	static final String SECOND_STEP = "/login/authy?factor.type=authy&factor.reason=missing";

	private static final AtomicLong sequence = new AtomicLong(System.nanoTime() % 10_000_000L);

	private final MockMvc mvc;

	private MockHttpSession session = new MockHttpSession();

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	Visitor(MockMvc mvc) {
		this.mvc = mvc;
	}

	/**
	 * A US number the simulator accepts, different on every call; ends in 1, which the
	 * simulator reports as a mobile number.
	 */
	static String newPhoneNumber() {
		return String.format("2%08d1", sequence.incrementAndGet() % 100_000_000L);
	}

	static String newEmail() {
		return "user" + sequence.incrementAndGet() + "@example.com";
	}

	MvcResult get(String path) {
		return perform(MockMvcRequestBuilders.get(path));
	}

	MvcResult getJson(String path) {
		return perform(MockMvcRequestBuilders.get(path).header(HttpHeaders.ACCEPT, "application/json"));
	}

	MvcResult post(String path, String... parameters) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return perform(request);
	}

	MvcResult postWithoutCsrf(String path, String json) {
		return perform(MockMvcRequestBuilders.post(path)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(json));
	}

	/**
	 * Follows a redirect, with the flash attributes the browser would see on the next
	 * page.
	 */
	MvcResult follow(MvcResult redirect) {
		String location = redirect.getResponse().getRedirectedUrl();
		assertThat(location).as("redirect location").isNotNull();
		MockHttpServletRequestBuilder next = MockMvcRequestBuilders.get(location);
		if (redirect.getFlashMap() != null && !redirect.getFlashMap().isEmpty()) {
			next.flashAttrs(redirect.getFlashMap());
		}
		return perform(next);
	}

	MvcResult signUp(String email, String password, String phoneNumber) {
		return post("/signup", "email", email, "password", password, "countryCode", "1", "phoneNumber", phoneNumber);
	}

	/**
	 * Logs in with the password and checks that the account page sends the user to the
	 * second step.
	 */
	void logIn(String email, String password) {
		MvcResult result = post("/login", "email", email, "password", password);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(get("/account").getResponse().getRedirectedUrl()).isEqualTo(SECOND_STEP);
	}

	/**
	 * Signs up with a new email and phone number, then enters the password, so that the
	 * second step comes next.
	 * @param email the email to sign up with
	 * @param users where the sign-up stored the user
	 * @return the user
	 */
	AppUser signUpAndEnterPassword(String email, AppUserRepository users) {
		signUp(email, "correct horse", newPhoneNumber());
		AppUser user = users.findByEmail(email).orElseThrow();
		logIn(email, "correct horse");
		return user;
	}

	MockHttpSession session() {
		return this.session;
	}

	Map<String, Cookie> cookies() {
		return this.cookies;
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) {
		if (this.session.isInvalid()) {
			this.session = new MockHttpSession();
		}
		request.session(this.session);
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
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
			return result;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String text(MvcResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
