package dev.authyspring.security;

/**
 * The second step's endpoints, all under one prefix.
 *
 * @param page the page, {@code GET}: HTML, or the login's state as JSON
 * @param push {@code POST} sends a push, {@code GET} tells where it stands
 * @param pushComplete {@code POST} completes the login with the approved push
 * @param sms {@code POST} sends a code by SMS
 * @param call {@code POST} sends a code by voice call
 * @param code {@code POST} checks a code
 * @param script {@code GET} the default page's script
 */
record SecondFactorPaths(String page, String push, String pushComplete, String sms, String call, String code,
		String script) {

	static SecondFactorPaths under(String prefix) {
		return new SecondFactorPaths(prefix, prefix + "/push", prefix + "/push/complete", prefix + "/sms",
				prefix + "/call", prefix + "/code", prefix + "/script.js");
	}

}
