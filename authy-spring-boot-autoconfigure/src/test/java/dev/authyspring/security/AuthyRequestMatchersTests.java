package dev.authyspring.security;

import java.time.Instant;

import dev.authyspring.core.onetouch.OneTouchSigner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Tests for {@link AuthyRequestMatchers} in a chain that permits the callback by hand.
 */
@SpringBootTest(classes = TwoFactorTestApplication.class,
		properties = { "authy.api-key=" + AuthyRequestMatchersTests.API_KEY, "test.chain=plain",
				"authy.onetouch.callback.enabled=true", "authy.onetouch.callback.path=/hooks/authy" })
class AuthyRequestMatchersTests {

	static final String API_KEY = "matcher-tests-api-key";

	@Autowired
	private WebApplicationContext context;

	@Test
	void matchesTheCallbackAtItsConfiguredPathSoThatItCanBePermitted() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		String query = "authy_id=5&status=denied&uuid=matcher-1";
		String nonce = Long.toString(Instant.now().getEpochSecond());
		String signature = new OneTouchSigner(API_KEY).sign(nonce, "GET", "http://localhost/hooks/authy", query);
		assertThat(mvc
			.perform(MockMvcRequestBuilders.get("/hooks/authy?" + query)
				.header("X-Authy-Signature-Nonce", nonce)
				.header("X-Authy-Signature", signature))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(mvc.perform(MockMvcRequestBuilders.post("/hooks/authy")).andReturn().getResponse().getStatus())
			.as("permitted and exempt from CSRF, then refused by the signature check")
			.isEqualTo(401);
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/authy/onetouch/callback"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void matchesNothingWhenTheEndpointIsNotMapped() {
		MockServletContext servletContext = new MockServletContext();
		try (GenericWebApplicationContext empty = new GenericWebApplicationContext(servletContext)) {
			empty.refresh();
			servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, empty);
			MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET",
					"/authy/onetouch/callback");
			assertThat(AuthyRequestMatchers.oneTouchCallback().matches(request)).isFalse();
		}
	}

}
