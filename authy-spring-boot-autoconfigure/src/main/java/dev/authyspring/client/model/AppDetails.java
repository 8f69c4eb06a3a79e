package dev.authyspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Details of the Authy application the API key belongs to.
 *
 * @param appId the application id
 * @param name the application name
 * @param plan the billing plan
 * @param smsEnabled whether SMS is enabled
 * @param phoneCallsEnabled whether voice calls are enabled, if reported
 * @param onetouchEnabled whether OneTouch is enabled, if reported
 * @param whiteLabel whether the application is white-labelled, if reported
 * @param message Authy's message
 */
public record AppDetails(long appId, String name, @Nullable String plan, boolean smsEnabled,
		@Nullable Boolean phoneCallsEnabled, @Nullable Boolean onetouchEnabled, @Nullable Boolean whiteLabel,
		String message) {

	@Override
	public String toString() {
		return "AppDetails[appId=" + this.appId + ", name=" + this.name + ", plan=" + this.plan + ", smsEnabled="
				+ this.smsEnabled + ", phoneCallsEnabled=" + this.phoneCallsEnabled + ", onetouchEnabled="
				+ this.onetouchEnabled + ", whiteLabel=" + this.whiteLabel + ", message="
				+ ServerMessages.masked(this.message) + "]";
	}

	/**
	 * Starts the details, meant for tests (a stub of {@code AuthyApps.details}, say): the
	 * client builds its own from Authy's answers. A component not set is what the client
	 * reads when Authy leaves it out ({@code 0}, empty, {@code false} or {@code null}),
	 * so a test that uses the builder keeps compiling when a component is added.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link AppDetails} for tests; not thread-safe.
	 */
	public static final class Builder {

		private long appId;

		private String name = "";

		private @Nullable String plan;

		private boolean smsEnabled;

		private @Nullable Boolean phoneCallsEnabled;

		private @Nullable Boolean onetouchEnabled;

		private @Nullable Boolean whiteLabel;

		private String message = "";

		private Builder() {
		}

		/**
		 * Sets the application id.
		 * @param appId the application id
		 * @return this builder
		 */
		public Builder appId(long appId) {
			this.appId = appId;
			return this;
		}

		/**
		 * Sets the application name.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = name;
			return this;
		}

		/**
		 * Sets the billing plan.
		 * @param plan such as {@code starter}, or {@code null}
		 * @return this builder
		 */
		public Builder plan(@Nullable String plan) {
			this.plan = plan;
			return this;
		}

		/**
		 * Sets whether SMS is enabled.
		 * @param smsEnabled whether enabled
		 * @return this builder
		 */
		public Builder smsEnabled(boolean smsEnabled) {
			this.smsEnabled = smsEnabled;
			return this;
		}

		/**
		 * Sets whether voice calls are enabled.
		 * @param phoneCallsEnabled whether enabled, or {@code null} if not reported
		 * @return this builder
		 */
		public Builder phoneCallsEnabled(@Nullable Boolean phoneCallsEnabled) {
			this.phoneCallsEnabled = phoneCallsEnabled;
			return this;
		}

		/**
		 * Sets whether OneTouch is enabled.
		 * @param onetouchEnabled whether enabled, or {@code null} if not reported
		 * @return this builder
		 */
		public Builder onetouchEnabled(@Nullable Boolean onetouchEnabled) {
			this.onetouchEnabled = onetouchEnabled;
			return this;
		}

		/**
		 * Sets whether the application is white-labelled.
		 * @param whiteLabel whether it is, or {@code null} if not reported
		 * @return this builder
		 */
		public Builder whiteLabel(@Nullable Boolean whiteLabel) {
			this.whiteLabel = whiteLabel;
			return this;
		}

		/**
		 * Sets Authy's message.
		 * @param message such as {@code Application information.}
		 * @return this builder
		 */
		public Builder message(String message) {
			this.message = message;
			return this;
		}

		/**
		 * Builds the details.
		 * @return the details
		 */
		public AppDetails build() {
			return new AppDetails(this.appId, this.name, this.plan, this.smsEnabled, this.phoneCallsEnabled,
					this.onetouchEnabled, this.whiteLabel, this.message);
		}

	}

}
