package dev.authyspring.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sample application ({@code app.*}).
 */
@ConfigurationProperties("app")
public class SampleProperties {

	/**
	 * Comma-separated list of emails that get the ADMIN role. When empty, the first user to
	 * sign up is the admin.
	 */
	private List<String> adminEmails = new ArrayList<>();

	private final Push push = new Push();

	public List<String> getAdminEmails() {
		return this.adminEmails;
	}

	public void setAdminEmails(List<String> adminEmails) {
		this.adminEmails = adminEmails;
	}

	public Push getPush() {
		return this.push;
	}

	/**
	 * OneTouch push approvals at login.
	 */
	public static class Push {

		/**
		 * How long the user has to answer a push before it expires.
		 */
		private Duration expiry = Duration.ofMinutes(2);

		/**
		 * How long to wait for a callback before asking Authy for the status instead.
		 */
		private Duration fallbackAfter = Duration.ofSeconds(5);

		public Duration getExpiry() {
			return this.expiry;
		}

		public void setExpiry(Duration expiry) {
			this.expiry = expiry;
		}

		public Duration getFallbackAfter() {
			return this.fallbackAfter;
		}

		public void setFallbackAfter(Duration fallbackAfter) {
			this.fallbackAfter = fallbackAfter;
		}

	}

}
