package dev.authyspring.sample.web;

import dev.authyspring.client.AuthyApiException;
import dev.authyspring.client.AuthyException;
import dev.authyspring.client.AuthyPhones;
import dev.authyspring.client.model.PhoneInfo;
import dev.authyspring.client.model.PhoneVerification;
import dev.authyspring.client.model.PhoneVerificationCheck;
import dev.authyspring.client.model.Via;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Demonstrates phone verification (send a code to any number, then check it) and phone
 * information.
 */
@Controller
class PhoneVerificationController {

	private final AuthyPhones phones;

	PhoneVerificationController(AuthyPhones phones) {
		this.phones = phones;
	}

	@GetMapping("/phone")
	String page(Model model) {
		model.addAttribute("countryCode", 1);
		return "phone";
	}

	@PostMapping("/phone/start")
	String start(@RequestParam int countryCode, @RequestParam String phoneNumber,
			@RequestParam(defaultValue = "sms") String via, Model model) {
		remember(model, countryCode, phoneNumber);
		run(model, () -> {
			PhoneVerification started = this.phones.verificationStart(phoneNumber, countryCode,
					"call".equals(via) ? Via.CALL : Via.SMS);
			model.addAttribute("notice", "Code sent: " + started.message());
		});
		return "phone";
	}

	@PostMapping("/phone/check")
	String check(@RequestParam int countryCode, @RequestParam String phoneNumber, @RequestParam String code,
			Model model) {
		remember(model, countryCode, phoneNumber);
		run(model, () -> {
			PhoneVerificationCheck result = this.phones.verificationCheck(phoneNumber, countryCode, code.strip());
			if (result.valid()) {
				model.addAttribute("verified", true);
				model.addAttribute("notice", "The number is verified.");
			}
			else {
				model.addAttribute("error", "That code is wrong or has expired: " + result.message());
			}
		});
		return "phone";
	}

	@PostMapping("/phone/info")
	String info(@RequestParam int countryCode, @RequestParam String phoneNumber, Model model) {
		remember(model, countryCode, phoneNumber);
		run(model, () -> {
			PhoneInfo info = this.phones.info(phoneNumber, countryCode);
			model.addAttribute("info", info);
		});
		return "phone";
	}

	private void remember(Model model, int countryCode, @Nullable String phoneNumber) {
		model.addAttribute("countryCode", countryCode);
		model.addAttribute("phoneNumber", phoneNumber);
	}

	private void run(Model model, Runnable call) {
		try {
			call.run();
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", "Please check the number: " + ex.getMessage());
		}
		catch (AuthyApiException ex) {
			model.addAttribute("error", "Authy refused: " + ex.getAuthyMessage());
		}
		catch (AuthyException ex) {
			model.addAttribute("error", "Authy could not be reached. Please try again.");
		}
	}

}
