package dev.authyspring.sample.twofactor;

import java.util.Locale;

import dev.authyspring.client.AuthyException;
import dev.authyspring.client.AuthyTokens;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.model.TokenRequestOptions;
import dev.authyspring.client.model.TokenVerification;
import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.CurrentUser;
import dev.authyspring.simulator.AuthySimulator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second login step with a code: the choice page, sending a code by SMS or voice
 * call, and checking a code from SMS, call or an authenticator app.
 */
@Controller
class SecondFactorController {

	private final CurrentUser currentUser;

	private final AuthyUsers authyUsers;

	private final AuthyTokens authyTokens;

	private final SecondFactorLogin login;

	private final ObjectProvider<AuthySimulator> simulator;

	SecondFactorController(CurrentUser currentUser, AuthyUsers authyUsers, AuthyTokens authyTokens,
			SecondFactorLogin login, ObjectProvider<AuthySimulator> simulator) {
		this.currentUser = currentUser;
		this.authyUsers = authyUsers;
		this.authyTokens = authyTokens;
		this.login = login;
		this.simulator = simulator;
	}

	@GetMapping("/2fa")
	String choose(Authentication authentication, Model model) {
		model.addAttribute("user", this.currentUser.of(authentication));
		return "2fa";
	}

	@PostMapping("/2fa/sms")
	String sendSms(Authentication authentication, RedirectAttributes redirect) {
		return sendToken(authentication, CodeChannel.SMS, redirect);
	}

	@PostMapping("/2fa/call")
	String call(Authentication authentication, RedirectAttributes redirect) {
		return sendToken(authentication, CodeChannel.CALL, redirect);
	}

	private String sendToken(Authentication authentication, CodeChannel channel, RedirectAttributes redirect) {
		AppUser user = this.currentUser.of(authentication);
		try {
			// Forced: Authy would otherwise skip users who have the app and expect its code.
			if (channel == CodeChannel.SMS) {
				this.authyUsers.requestSms(user.authyId(), TokenRequestOptions.FORCED);
			}
			else {
				this.authyUsers.requestCall(user.authyId(), TokenRequestOptions.FORCED);
			}
		}
		catch (AuthyException ex) {
			redirect.addFlashAttribute("error", "Authy could not send the code: " + ex.getMessage());
			return "redirect:/2fa";
		}
		redirect.addFlashAttribute("notice", channel.sentNotice());
		return "redirect:/2fa/code?via=" + channel.parameter();
	}

	@GetMapping("/2fa/code")
	String codeForm(@RequestParam("via") String via, Authentication authentication, Model model) {
		CodeChannel channel = CodeChannel.of(via);
		AppUser user = this.currentUser.of(authentication);
		model.addAttribute("user", user);
		model.addAttribute("channel", channel);
		AuthySimulator simulator = this.simulator.getIfAvailable();
		if (simulator != null && channel == CodeChannel.APP) {
			model.addAttribute("totpUrl", simulator.baseUrl() + "/simulator/users/" + user.authyId() + "/totp");
		}
		return "2fa-code";
	}

	@PostMapping("/2fa/app/install")
	String installApp(Authentication authentication, RedirectAttributes redirect) {
		AuthySimulator simulator = this.simulator.getIfAvailable();
		if (simulator == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		simulator.installApp(this.currentUser.of(authentication).authyId());
		redirect.addFlashAttribute("notice", "The simulated phone now has the Authy app.");
		return "redirect:/2fa/code?via=app";
	}

	@PostMapping("/2fa/code")
	String verify(@RequestParam("via") String via, @RequestParam(name = "code", required = false) @Nullable String code,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		CodeChannel channel = CodeChannel.of(via);
		AppUser user = this.currentUser.of(authentication);
		String error = check(user, (code != null) ? code.strip() : "");
		if (error == null) {
			this.login.complete(user, authentication, request, response);
			return "redirect:/account";
		}
		model.addAttribute("user", user);
		model.addAttribute("channel", channel);
		model.addAttribute("error", error);
		AuthySimulator simulator = this.simulator.getIfAvailable();
		if (simulator != null && channel == CodeChannel.APP) {
			model.addAttribute("totpUrl", simulator.baseUrl() + "/simulator/users/" + user.authyId() + "/totp");
		}
		return "2fa-code";
	}

	private @Nullable String check(AppUser user, String code) {
		if (code.isEmpty() || !code.chars().allMatch(Character::isDigit)) {
			return "Enter the code as digits only.";
		}
		TokenVerification verification;
		try {
			verification = this.authyTokens.verify(user.authyId(), code);
		}
		catch (IllegalArgumentException ex) {
			return "That code has the wrong length. Check it and try again.";
		}
		catch (AuthyException ex) {
			return "Authy could not check the code right now. Please try again.";
		}
		if (verification.valid()) {
			return null;
		}
		if ("60019".equals(verification.errorCode())) {
			return "That code was already used. Request a new one.";
		}
		return "That code is wrong or has expired. Check it and try again, or request a new one.";
	}

	/**
	 * Where a code comes from.
	 */
	enum CodeChannel {

		SMS("sms", "We sent a code by SMS.", "the SMS"), CALL("call", "We are calling you to read a code.",
				"the voice call"), APP("app", "", "your authenticator app");

		private final String parameter;

		private final String sentNotice;

		private final String source;

		CodeChannel(String parameter, String sentNotice, String source) {
			this.parameter = parameter;
			this.sentNotice = sentNotice;
			this.source = source;
		}

		static CodeChannel of(String via) {
			for (CodeChannel channel : values()) {
				if (channel.parameter.equals(via.toLowerCase(Locale.ROOT))) {
					return channel;
				}
			}
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "via must be sms, call or app");
		}

		public String parameter() {
			return this.parameter;
		}

		String sentNotice() {
			return this.sentNotice;
		}

		public String source() {
			return this.source;
		}

	}

}
