package dev.authyspring.sample.twofactor;

import dev.authyspring.client.AuthyException;
import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second login step with a OneTouch push: send it, let the browser wait for the
 * answer, and complete the login once it is approved.
 */
@Controller
class PushController {

	/** Binds a push to the browser session that sent it. */
	static final String SESSION_ATTRIBUTE = PushController.class.getName() + ".uuid";

	private final CurrentUser currentUser;

	private final PushApprovalService pushes;

	private final SecondFactorLogin login;

	PushController(CurrentUser currentUser, PushApprovalService pushes, SecondFactorLogin login) {
		this.currentUser = currentUser;
		this.pushes = pushes;
		this.login = login;
	}

	@PostMapping("/2fa/push")
	String send(Authentication authentication, HttpSession session, RedirectAttributes redirect) {
		AppUser user = this.currentUser.of(authentication);
		PushApproval approval;
		try {
			approval = this.pushes.send(user);
		}
		catch (AuthyException ex) {
			redirect.addFlashAttribute("error", "Authy could not send the push: " + ex.getMessage());
			return "redirect:/2fa";
		}
		session.setAttribute(SESSION_ATTRIBUTE, approval.uuid());
		return "redirect:/2fa/push/" + approval.uuid();
	}

	@GetMapping("/2fa/push/{uuid}")
	String waitFor(@PathVariable String uuid, Authentication authentication, Model model) {
		AppUser user = this.currentUser.of(authentication);
		PushApproval approval = this.pushes.status(uuid, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("user", user);
		model.addAttribute("approval", approval);
		return "2fa-push";
	}

	@GetMapping("/2fa/push/{uuid}/status")
	@ResponseBody
	PushStatusResponse status(@PathVariable String uuid, Authentication authentication) {
		AppUser user = this.currentUser.of(authentication);
		PushApproval approval = this.pushes.status(uuid, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new PushStatusResponse(approval.status());
	}

	@PostMapping("/2fa/push/{uuid}/complete")
	String complete(@PathVariable String uuid, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, RedirectAttributes redirect) {
		AppUser user = this.currentUser.of(authentication);
		if (!uuid.equals(session.getAttribute(SESSION_ATTRIBUTE)) || !this.pushes.use(uuid, user)) {
			redirect.addFlashAttribute("error", "That push was not approved. Choose a way to confirm it is you.");
			return "redirect:/2fa";
		}
		session.removeAttribute(SESSION_ATTRIBUTE);
		this.login.complete(user, authentication, request, response);
		return "redirect:/account";
	}

	/**
	 * What the waiting page polls.
	 *
	 * @param status where the push stands
	 */
	record PushStatusResponse(PushStatus status) {

	}

}
