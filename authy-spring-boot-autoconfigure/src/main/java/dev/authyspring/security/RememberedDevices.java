package dev.authyspring.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Signed "remember this device" cookies. The cookie holds only its expiry and an
 * HMAC-SHA256 over the user name, the Authy id and that expiry, so it is worthless for
 * another user and stops working when the user's Authy id changes.
 */
final class RememberedDevices {

	private static final String ALGORITHM = "HmacSHA256";

	private static final String VERSION = "v1";

	private final AuthySecondFactorSettings.RememberDevice settings;

	private final SecretKey key;

	private final Clock clock;

	RememberedDevices(AuthySecondFactorSettings.RememberDevice settings, Clock clock) {
		SecretKey key = settings.signingKey();
		if (!settings.enabled() || key == null) {
			throw new IllegalArgumentException("remembered devices are not enabled");
		}
		this.settings = settings;
		this.key = key;
		this.clock = clock;
	}

	boolean isRemembered(HttpServletRequest request, String username, long authyId) {
		String value = cookieValue(request);
		if (value == null) {
			return false;
		}
		int dot = value.indexOf('.');
		if (dot <= 0 || dot > 19) {
			return false;
		}
		long expires;
		try {
			expires = Long.parseLong(value.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (!this.clock.instant().isBefore(Instant.ofEpochSecond(expires))) {
			return false;
		}
		byte[] expected = signature(username, authyId, expires).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, actual);
	}

	void remember(HttpServletRequest request, HttpServletResponse response, String username, long authyId) {
		long expires = this.clock.instant().plus(this.settings.duration()).getEpochSecond();
		String value = expires + "." + signature(username, authyId, expires);
		String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
		ResponseCookie cookie = ResponseCookie.from(this.settings.cookieName(), value)
			.httpOnly(true)
			.secure(true)
			.sameSite("Lax")
			.path(path)
			.maxAge(this.settings.duration())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private @Nullable String cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (this.settings.cookieName().equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private String signature(String username, long authyId, long expires) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			// Lengths first, so that no two (name, id) pairs sign the same bytes.
			String signed = VERSION + "\n" + username.length() + ":" + username + "\n" + authyId + "\n" + expires;
			byte[] digest = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
