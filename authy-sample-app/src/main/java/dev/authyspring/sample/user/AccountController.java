package dev.authyspring.sample.user;

import dev.authyspring.client.AuthyException;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.model.UserStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page: the user's Authy status and devices, and account deletion.
 */
@Controller
class AccountController {

	private final CurrentUser currentUser;

	private final AuthyUsers authyUsers;

	private final UserService userService;

	AccountController(CurrentUser currentUser, AuthyUsers authyUsers, UserService userService) {
		this.currentUser = currentUser;
		this.authyUsers = authyUsers;
		this.userService = userService;
	}

	@GetMapping("/account")
	String account(Authentication authentication, Model model) {
		AppUser user = this.currentUser.of(authentication);
		model.addAttribute("user", user);
		try {
			UserStatus status = this.authyUsers.status(user.authyId());
			model.addAttribute("status", status);
		}
		catch (AuthyException ex) {
			model.addAttribute("statusError", "Authy status is not available right now: " + ex.getMessage());
		}
		return "account";
	}

	@PostMapping("/account/delete")
	String delete(Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		AppUser user = this.currentUser.of(authentication);
		try {
			this.userService.delete(user);
		}
		catch (AuthyException ex) {
			redirect.addFlashAttribute("error",
					"Your account was not deleted because Authy could not remove you: " + ex.getMessage());
			return "redirect:/account";
		}
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		redirect.addFlashAttribute("notice", "Your account and your Authy registration were deleted.");
		return "redirect:/";
	}

}
