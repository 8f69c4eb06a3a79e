package dev.authyspring.sample.user;

import java.util.Map;
import java.util.Objects;

import dev.authyspring.client.AuthyApiException;
import dev.authyspring.client.AuthyException;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-up page.
 */
@Controller
class SignUpController {

	private final UserService userService;

	SignUpController(UserService userService) {
		this.userService = userService;
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("form", SignUpForm.empty());
		return "signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "signup";
		}
		try {
			this.userService.signUp(validated(form.email()), validated(form.password()), validated(form.countryCode()),
					validated(form.phoneNumber()));
		}
		catch (EmailAlreadyRegisteredException ex) {
			result.rejectValue("email", "duplicate", String.valueOf(ex.getMessage()));
			return "signup";
		}
		catch (AuthyApiException ex) {
			reject(result, ex);
			return "signup";
		}
		catch (AuthyException ex) {
			result.reject("authy", "Authy could not be reached. Please try again in a moment.");
			return "signup";
		}
		redirect.addFlashAttribute("notice", "Your account is ready. Log in to continue.");
		return "redirect:/login";
	}

	private void reject(BindingResult result, AuthyApiException ex) {
		Map<String, String> fields = ex.getFieldErrors();
		boolean mapped = false;
		for (Map.Entry<String, String> field : fields.entrySet()) {
			String name = switch (field.getKey()) {
				case "cellphone" -> "phoneNumber";
				case "country_code" -> "countryCode";
				case "email" -> "email";
				default -> null;
			};
			if (name != null) {
				result.rejectValue(name, "authy", "Authy says it " + field.getValue());
				mapped = true;
			}
		}
		if (!mapped) {
			result.reject("authy", "Authy refused the registration: " + ex.getAuthyMessage());
		}
	}

	/** A field of a form that passed validation, whose constraints rule out null. */
	private static <T> T validated(@Nullable T value) {
		return Objects.requireNonNull(value, "validated form field");
	}

}
