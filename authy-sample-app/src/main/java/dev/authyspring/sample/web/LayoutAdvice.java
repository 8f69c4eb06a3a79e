package dev.authyspring.sample.web;

import java.security.Principal;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds what every page shows: the link to the simulated phone, when there is one, and
 * whether someone is logged in.
 */
@ControllerAdvice
class LayoutAdvice {

	private final @Nullable String phoneUrl;

	LayoutAdvice(Environment environment) {
		this.phoneUrl = environment.getProperty("app.simulator.phone-url");
	}

	@ModelAttribute("phoneUrl")
	@Nullable String phoneUrl() {
		return this.phoneUrl;
	}

	@ModelAttribute("signedIn")
	boolean signedIn(@Nullable Principal principal) {
		return principal != null;
	}

}
