package dev.authyspring.sample.web;

import java.security.Principal;

import dev.authyspring.simulator.AuthySimulator;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds what every page shows: the link to the simulated phone, when there is one, and
 * whether someone is logged in.
 */
@ControllerAdvice
class LayoutAdvice {

	private final @Nullable String phoneUrl;

	LayoutAdvice(ObjectProvider<AuthySimulator> simulator) {
		AuthySimulator embedded = simulator.getIfAvailable();
		this.phoneUrl = (embedded != null) ? embedded.baseUrl() + "/simulator" : null;
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
