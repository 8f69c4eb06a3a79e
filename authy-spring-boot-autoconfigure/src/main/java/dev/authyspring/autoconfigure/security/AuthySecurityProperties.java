package dev.authyspring.autoconfigure.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Safety rules of the Authy login factor ({@code authy.security.*}).
 */
@ConfigurationProperties("authy.security")
public class AuthySecurityProperties {

	/**
	 * Most codes a user may enter in one login. When they are used up, the half-finished
	 * login is discarded and the user starts again with the password.
	 */
	private int maxCodeAttempts = 5;

	/**
	 * Shortest time between two SMS or voice codes, and between two pushes, in one login.
	 */
	private Duration resendInterval = Duration.ofSeconds(30);

	/**
	 * Longest time between the first factor and the end of the Authy step. After it the
	 * half-finished login is discarded.
	 */
	private Duration loginTimeout = Duration.ofMinutes(5);

	private final Push push = new Push();

	private final RememberDevice rememberDevice = new RememberDevice();

	public int getMaxCodeAttempts() {
		return this.maxCodeAttempts;
	}

	public void setMaxCodeAttempts(int maxCodeAttempts) {
		this.maxCodeAttempts = maxCodeAttempts;
	}

	public Duration getResendInterval() {
		return this.resendInterval;
	}

	public void setResendInterval(Duration resendInterval) {
		this.resendInterval = resendInterval;
	}

	public Duration getLoginTimeout() {
		return this.loginTimeout;
	}

	public void setLoginTimeout(Duration loginTimeout) {
		this.loginTimeout = loginTimeout;
	}

	public Push getPush() {
		return this.push;
	}

	public RememberDevice getRememberDevice() {
		return this.rememberDevice;
	}

	/**
	 * OneTouch push approvals at login.
	 */
	public static class Push {

		/**
		 * Message shown on the phone, at most 200 characters.
		 */
		private String message = "Login requested";

		/**
		 * How long the user has to answer a push, in whole seconds.
		 */
		private Duration expiry = Duration.ofMinutes(2);

		/**
		 * Shortest time between two status requests to Authy for one login, when no
		 * callback has brought the answer.
		 */
		private Duration pollInterval = Duration.ofSeconds(2);

		/**
		 * Whether the push carries the login's IP address and user agent as hidden
		 * details.
		 */
		private boolean includeRequestDetails = true;

		public String getMessage() {
			return this.message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

		public Duration getExpiry() {
			return this.expiry;
		}

		public void setExpiry(Duration expiry) {
			this.expiry = expiry;
		}

		public Duration getPollInterval() {
			return this.pollInterval;
		}

		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

		public boolean isIncludeRequestDetails() {
			return this.includeRequestDetails;
		}

		public void setIncludeRequestDetails(boolean includeRequestDetails) {
			this.includeRequestDetails = includeRequestDetails;
		}

	}

	/**
	 * "Remember this device": a signed, HttpOnly, Secure cookie that stands in for the
	 * Authy step.
	 */
	public static class RememberDevice {

		/**
		 * Whether users may choose to have their device remembered.
		 */
		private boolean enabled;

		/**
		 * How long a device is remembered.
		 */
		private Duration duration = Duration.ofDays(30);

		/**
		 * Name of the cookie.
		 */
		private String cookieName = "AUTHY_REMEMBERED_DEVICE";

		/**
		 * Secret that signs the cookie, at least 32 characters, the same on every
		 * instance; required when remembered devices are enabled. Changing it revokes
		 * every remembered device.
		 */
		private @Nullable String signingKey;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getDuration() {
			return this.duration;
		}

		public void setDuration(Duration duration) {
			this.duration = duration;
		}

		public String getCookieName() {
			return this.cookieName;
		}

		public void setCookieName(String cookieName) {
			this.cookieName = cookieName;
		}

		public @Nullable String getSigningKey() {
			return this.signingKey;
		}

		public void setSigningKey(@Nullable String signingKey) {
			this.signingKey = signingKey;
		}

		@Override
		public String toString() {
			return "RememberDevice[enabled=" + this.enabled + ", duration=" + this.duration + ", signingKey="
					+ ((this.signingKey != null) ? "<hidden>" : "<unset>") + "]";
		}

	}

}
