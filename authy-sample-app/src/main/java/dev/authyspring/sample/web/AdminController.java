package dev.authyspring.sample.web;

import dev.authyspring.client.AuthyApps;
import dev.authyspring.client.AuthyException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin page: details and statistics of the Authy application.
 */
@Controller
class AdminController {

	private final AuthyApps apps;

	AdminController(AuthyApps apps) {
		this.apps = apps;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		try {
			model.addAttribute("details", this.apps.details());
			model.addAttribute("stats", this.apps.stats());
		}
		catch (AuthyException ex) {
			model.addAttribute("error", "Authy could not be reached: " + ex.getMessage());
		}
		return "admin";
	}

}
