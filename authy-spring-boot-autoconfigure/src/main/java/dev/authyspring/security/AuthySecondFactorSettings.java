package dev.authyspring.security;

import java.time.Duration;
import javax.crypto.SecretKey;

import org.jspecify.annotations.Nullable;

/**
 * The safety rules of the second login step. Built by the auto-configuration from
 * {@code authy.security.*}; every default is the safe choice.
 *
 * @param maxCodeAttempts most codes a user may enter in one login; when they are used up
 * the half-finished login is discarded
 * @param resendInterval shortest time between two SMS or voice codes, and between two
 * pushes, in one login
 * @param loginTimeout longest time between the first factor and the end of the second
 * step; after it the half-finished login is discarded
 * @param push the OneTouch push settings
 * @param rememberDevice the "remember this device" settings
 */
public record AuthySecondFactorSettings(int maxCodeAttempts, Duration resendInterval, Duration loginTimeout, Push push,
		RememberDevice rememberDevice) {

	public AuthySecondFactorSettings {
		if (maxCodeAttempts < 1) {
			throw new IllegalArgumentException("'maxCodeAttempts' must be at least 1");
		}
		requireNotNegative("resendInterval", resendInterval);
		requirePositive("loginTimeout", loginTimeout);
		if (push == null || rememberDevice == null) {
			throw new IllegalArgumentException("'push' and 'rememberDevice' must not be null");
		}
	}

	/**
	 * The defaults: 5 codes, 30 s between resends, 5 minutes for the second step, pushes
	 * that expire after 2 minutes and are polled every 2 s, no remembered devices.
	 * @return the default settings
	 */
	public static AuthySecondFactorSettings defaults() {
		return new AuthySecondFactorSettings(5, Duration.ofSeconds(30), Duration.ofMinutes(5), Push.defaults(),
				RememberDevice.disabled());
	}

	private static void requirePositive(String name, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("'" + name + "' must be positive");
		}
	}

	private static void requireNotNegative(String name, @Nullable Duration value) {
		if (value == null || value.isNegative()) {
			throw new IllegalArgumentException("'" + name + "' must not be negative");
		}
	}

	/**
	 * OneTouch push approvals at login.
	 *
	 * @param message the message shown on the phone, at most 200 characters
	 * @param expiry how long the user has to answer; whole seconds, at least one
	 * @param pollInterval shortest time between two status requests to Authy for one
	 * login, when no callback has brought the answer
	 * @param includeRequestDetails whether the push carries the login's IP address and
	 * user agent as hidden details
	 */
	public record Push(String message, Duration expiry, Duration pollInterval, boolean includeRequestDetails) {

		/** Longest message Authy accepts. */
		public static final int MAX_MESSAGE_LENGTH = 200;

		public Push {
			if (message == null || message.isBlank() || message.length() > MAX_MESSAGE_LENGTH) {
				throw new IllegalArgumentException("'message' must be 1 to " + MAX_MESSAGE_LENGTH + " characters");
			}
			requirePositive("expiry", expiry);
			if (expiry.toSeconds() < 1) {
				throw new IllegalArgumentException("'expiry' must be at least one second");
			}
			requirePositive("pollInterval", pollInterval);
		}

		/**
		 * The default push: "Login requested", 2 minutes, polled every 2 s, with request
		 * details.
		 * @return the default push settings
		 */
		public static Push defaults() {
			return new Push("Login requested", Duration.ofMinutes(2), Duration.ofSeconds(2), true);
		}

	}

	/**
	 * "Remember this device": a signed cookie that stands in for the second step.
	 *
	 * @param enabled whether users may choose it
	 * @param duration how long a device is remembered
	 * @param cookieName the cookie's name
	 * @param signingKey the HMAC-SHA256 key that signs the cookie, or {@code null} when
	 * disabled
	 */
	public record RememberDevice(boolean enabled, Duration duration, String cookieName,
			@Nullable SecretKey signingKey) {

		/** Default name of the cookie. */
		public static final String DEFAULT_COOKIE_NAME = "AUTHY_REMEMBERED_DEVICE";

		public RememberDevice {
			requirePositive("duration", duration);
			if (cookieName == null || cookieName.isEmpty()
					|| !cookieName.chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
				throw new IllegalArgumentException("'cookieName' must be letters, digits, '_' and '-'");
			}
			if (enabled && signingKey == null) {
				throw new IllegalArgumentException("'signingKey' is required when remembered devices are enabled");
			}
		}

		/**
		 * No remembered devices.
		 * @return disabled settings
		 */
		public static RememberDevice disabled() {
			return new RememberDevice(false, Duration.ofDays(30), DEFAULT_COOKIE_NAME, null);
		}

		@Override
		public String toString() {
			return "RememberDevice[enabled=" + this.enabled + ", duration=" + this.duration + ", cookieName="
					+ this.cookieName + "]";
		}

	}

}
