package dev.authyspring.sample;

import java.util.concurrent.atomic.AtomicLong;

import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * One browser: a session that sends the CSRF token with every form, like the pages do.
 */
final class Visitor {

	private static final AtomicLong sequence = new AtomicLong(System.nanoTime() % 10_000_000L);

	private final MockMvc mvc;

	private final MockHttpSession session = new MockHttpSession();

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

	MvcResult post(String path, String... parameters) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
			.with(csrf());
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
	 * Follows a redirect, with the flash attributes the browser would see on the next page.
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
	 * Logs in with the password and checks that the second step comes next.
	 */
	void logIn(String email, String password) {
		MvcResult result = post("/login", "email", email, "password", password);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/2fa");
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

	private MvcResult perform(MockHttpServletRequestBuilder request) {
		try {
			return this.mvc.perform(request.session(this.session)).andReturn();
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
