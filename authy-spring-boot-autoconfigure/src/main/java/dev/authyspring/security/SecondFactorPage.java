package dev.authyspring.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * The default second-factor page, generated without a template engine like Spring
 * Security's default login page: push with a live waiting state, SMS, call, and a code
 * field. Every form carries the CSRF token; the page names no code and no id.
 */
final class SecondFactorPage {

	private static final Map<String, String> ERRORS = Map.of("invalid_code", "That code is wrong or has expired.",
			"code_already_used", "That code was already used. Request a new one.", "invalid_format",
			"Enter the code as digits only.", "resend_too_soon", "Wait a moment before asking for another one.",
			"authy_unavailable", "Authy could not be reached. Try again in a moment.", "no_push", "Send a push first.");

	private static final Map<String, String> NOTICES = Map.of("sms", "We sent a code by SMS.", "call",
			"We are calling you to read a code.");

	private final SecondFactorPaths paths;

	private final boolean rememberDeviceEnabled;

	SecondFactorPage(SecondFactorPaths paths, boolean rememberDeviceEnabled) {
		this.paths = paths;
		this.rememberDeviceEnabled = rememberDeviceEnabled;
	}

	String render(HttpServletRequest request, LoginAttempt attempt, boolean pushPending, int attemptsLeft) {
		String context = escape(request.getContextPath());
		StringBuilder html = new StringBuilder(4096);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>Confirm it is you</title>\n<style>")
			.append("body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#222}")
			.append("form{margin:.8rem 0}button{padding:.5rem 1rem}.error{color:#b00020}.notice{color:#1b5e20}")
			.append("input[name=code]{font-size:1.2rem;letter-spacing:.1rem;width:10rem}")
			.append("</style>\n</head>\n<body>\n<h1>Confirm it is you</h1>\n");
		String errorCode = request.getParameter("error");
		String error = (errorCode != null) ? ERRORS.get(errorCode) : null;
		if (error != null) {
			if ("invalid_code".equals(errorCode)) {
				error += " " + attemptsLeft + ((attemptsLeft == 1) ? " attempt" : " attempts") + " left.";
			}
			html.append("<p class=\"error\" id=\"authy-error\" role=\"alert\">").append(escape(error)).append("</p>\n");
		}
		String sent = request.getParameter("sent");
		String notice = (sent != null) ? NOTICES.get(sent) : null;
		if (notice != null) {
			html.append("<p class=\"notice\" id=\"authy-notice\">").append(escape(notice)).append("</p>\n");
		}
		String csrf = csrfInput(request);
		if (pushPending) {
			html.append("<section id=\"authy-push-waiting\" data-status-url=\"")
				.append(context)
				.append(escape(this.paths.push()))
				.append("\">\n<p id=\"authy-push-status\" aria-live=\"polite\">")
				.append("We sent a push to your phone. Approve it there; this page continues by itself.</p>\n")
				.append(form(context, this.paths.pushComplete(), "authy-push-complete", csrf,
						rememberDevice() + "<button type=\"submit\" id=\"authy-push-continue\">Continue</button>"))
				.append("</section>\n");
		}
		else {
			html.append(form(context, this.paths.push(), "authy-push", csrf,
					"<button type=\"submit\" id=\"authy-send-push\">Send a push to my phone</button>"));
		}
		html.append("<h2>Or use a code</h2>\n")
			.append(form(context, this.paths.sms(), "authy-sms", csrf,
					"<button type=\"submit\" id=\"authy-send-sms\">Text me a code</button>"))
			.append(form(context, this.paths.call(), "authy-call", csrf,
					"<button type=\"submit\" id=\"authy-send-call\">Call me with a code</button>"));
		String method = attempt.codeMethod().tag();
		html.append(form(context, this.paths.code(), "authy-code", csrf,
				"<input type=\"hidden\" name=\"method\" value=\"" + method + "\">\n"
						+ "<label for=\"authy-code-input\">Code from the SMS, the call or your Authy app</label><br>\n"
						+ "<input type=\"text\" name=\"code\" id=\"authy-code-input\" inputmode=\"numeric\" "
						+ "autocomplete=\"one-time-code\" required autofocus>\n" + rememberDevice()
						+ "<button type=\"submit\" id=\"authy-code-submit\">Verify</button>"));
		if (pushPending) {
			html.append("<script src=\"").append(context).append(escape(this.paths.script())).append("\"></script>\n");
		}
		return html.append("</body>\n</html>\n").toString();
	}

	String notEnrolled() {
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Second factor missing</title>"
				+ "\n</head>\n<body>\n<h1>No second factor is set up</h1>\n<p id=\"authy-not-enrolled\">Your account "
				+ "has no phone registered for the second login step. Ask an administrator to set it up.</p>\n"
				+ "</body>\n</html>\n";
	}

	private String rememberDevice() {
		if (!this.rememberDeviceEnabled) {
			return "";
		}
		return "<p><label><input type=\"checkbox\" name=\"remember-device\" value=\"true\" "
				+ "class=\"authy-remember-device\"> Remember this device</label></p>\n";
	}

	private static String form(String context, String path, String id, String csrf, String content) {
		return "<form method=\"post\" id=\"" + id + "\" action=\"" + context + escape(path) + "\">\n" + csrf + content
				+ "\n</form>\n";
	}

	private static String csrfInput(HttpServletRequest request) {
		if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
			return "";
		}
		return "<input type=\"hidden\" name=\"" + escape(token.getParameterName()) + "\" value=\""
				+ escape(token.getToken()) + "\">\n";
	}

	static String escape(@Nullable String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** The script of the waiting state: asks for the push's status once a second. */
	static final String SCRIPT = """
			"use strict";
			(function () {
				const waiting = document.getElementById("authy-push-waiting");
				if (!waiting) {
					return;
				}
				const status = document.getElementById("authy-push-status");
				const complete = document.getElementById("authy-push-complete");
				// Without the script the button completes the login; with it, the page does.
				const button = document.getElementById("authy-push-continue");
				button.hidden = true;
				let polls = 0;
				async function poll() {
					polls++;
					try {
						const response = await fetch(waiting.dataset.statusUrl, {
							headers: { "Accept": "application/json" }, credentials: "same-origin" });
						const body = await response.json();
						if (body.push === "approved") {
							status.textContent = "Approved. Logging you in\\u2026";
							complete.submit();
							return;
						}
						if (body.loginEnded) {
							status.textContent = body.message;
							if (body.redirectUrl) {
								window.location.assign(body.redirectUrl);
							}
							return;
						}
					}
					catch (e) {
						// A network hiccup: ask again on the next tick.
					}
					if (polls < 900) {
						setTimeout(poll, 1000);
					}
					else {
						button.hidden = false;
					}
				}
				setTimeout(poll, 1000);
			})();
			""";

}
