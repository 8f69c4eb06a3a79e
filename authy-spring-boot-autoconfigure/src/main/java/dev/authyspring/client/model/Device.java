package dev.authyspring.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A device of an Authy user, as listed in the user's detailed status.
 *
 * @param deviceId the device id
 * @param deviceType the kind of device, such as {@code authy}
 * @param osType the operating system, such as {@code android} or {@code unknown}
 * @param registrationDeviceId the device id used at registration
 * @param registrationMethod how the device was registered, such as {@code sms}
 * @param lastSyncDate when the device last synchronised
 * @param creationDate when the device was added
 */
public record Device(@Nullable Long deviceId, @Nullable String deviceType, @Nullable String osType,
		@Nullable String registrationDeviceId, @Nullable String registrationMethod, @Nullable Instant lastSyncDate,
		@Nullable Instant creationDate) {

	/**
	 * Starts a device, meant for tests (in a stubbed {@link UserStatus}, say): the client
	 * builds its own from Authy's answers. A component not set is {@code null}, as the
	 * client reads it when Authy leaves it out, so a test that uses the builder keeps
	 * compiling when a component is added.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link Device} for tests; not thread-safe.
	 */
	public static final class Builder {

		private @Nullable Long deviceId;

		private @Nullable String deviceType;

		private @Nullable String osType;

		private @Nullable String registrationDeviceId;

		private @Nullable String registrationMethod;

		private @Nullable Instant lastSyncDate;

		private @Nullable Instant creationDate;

		private Builder() {
		}

		/**
		 * Sets the device id.
		 * @param deviceId the id, or {@code null}
		 * @return this builder
		 */
		public Builder deviceId(@Nullable Long deviceId) {
			this.deviceId = deviceId;
			return this;
		}

		/**
		 * Sets the kind of device.
		 * @param deviceType such as {@code authy}, or {@code null}
		 * @return this builder
		 */
		public Builder deviceType(@Nullable String deviceType) {
			this.deviceType = deviceType;
			return this;
		}

		/**
		 * Sets the operating system.
		 * @param osType such as {@code android}, or {@code null}
		 * @return this builder
		 */
		public Builder osType(@Nullable String osType) {
			this.osType = osType;
			return this;
		}

		/**
		 * Sets the device id used at registration.
		 * @param registrationDeviceId the id, or {@code null}
		 * @return this builder
		 */
		public Builder registrationDeviceId(@Nullable String registrationDeviceId) {
			this.registrationDeviceId = registrationDeviceId;
			return this;
		}

		/**
		 * Sets how the device was registered.
		 * @param registrationMethod such as {@code sms}, or {@code null}
		 * @return this builder
		 */
		public Builder registrationMethod(@Nullable String registrationMethod) {
			this.registrationMethod = registrationMethod;
			return this;
		}

		/**
		 * Sets when the device last synchronised.
		 * @param lastSyncDate the instant, or {@code null}
		 * @return this builder
		 */
		public Builder lastSyncDate(@Nullable Instant lastSyncDate) {
			this.lastSyncDate = lastSyncDate;
			return this;
		}

		/**
		 * Sets when the device was added.
		 * @param creationDate the instant, or {@code null}
		 * @return this builder
		 */
		public Builder creationDate(@Nullable Instant creationDate) {
			this.creationDate = creationDate;
			return this;
		}

		/**
		 * Builds the device.
		 * @return the device
		 */
		public Device build() {
			return new Device(this.deviceId, this.deviceType, this.osType, this.registrationDeviceId,
					this.registrationMethod, this.lastSyncDate, this.creationDate);
		}

	}

}
