package dev.authyspring.client.model;

import java.util.List;

import dev.authyspring.core.internal.Masking;
import org.jspecify.annotations.Nullable;

/**
 * The registration status of an Authy user.
 *
 * @param authyId the Authy id
 * @param confirmed whether the user confirmed the phone number
 * @param registered whether the user completed registration (installed the app or used a
 * code)
 * @param countryCode the calling code of the phone number
 * @param phoneNumber the phone number, as masked by Authy
 * @param email the email address, when Authy returns it
 * @param devices the kinds of device the user has, such as {@code android}
 * @param hasHardToken whether the user has a hardware token
 * @param accountDisabled whether the account is disabled
 * @param detailedDevices the user's devices
 * @param deletedDevices devices the user removed
 * @param message Authy's message
 */
public record UserStatus(long authyId, boolean confirmed, boolean registered, int countryCode, String phoneNumber,
		@Nullable String email, List<String> devices, boolean hasHardToken, boolean accountDisabled,
		List<Device> detailedDevices, List<Device> deletedDevices, String message) {

	public UserStatus {
		devices = List.copyOf(devices);
		detailedDevices = List.copyOf(detailedDevices);
		deletedDevices = List.copyOf(deletedDevices);
	}

	@Override
	public String toString() {
		return "UserStatus[authyId=" + this.authyId + ", confirmed=" + this.confirmed + ", registered="
				+ this.registered + ", countryCode=" + this.countryCode + ", phoneNumber="
				+ Masking.phone(this.phoneNumber) + ", email=" + Masking.email(this.email) + ", devices=" + this.devices
				+ ", hasHardToken=" + this.hasHardToken + ", accountDisabled=" + this.accountDisabled
				+ ", detailedDevices=" + this.detailedDevices + ", deletedDevices=" + this.deletedDevices + ", message="
				+ ServerMessages.masked(this.message) + "]";
	}

	/**
	 * Starts a status, meant for tests (a stub of {@code AuthyUsers.status}, say): the
	 * client builds its own from Authy's answers. A component not set is what the client
	 * reads when Authy leaves it out ({@code false}, {@code 0}, empty, or {@code null}
	 * for the email), so a test that uses the builder keeps compiling when a component is
	 * added.
	 * @param authyId the Authy id
	 * @return a builder
	 */
	public static Builder builder(long authyId) {
		return new Builder(authyId);
	}

	/**
	 * Builds a {@link UserStatus} for tests; not thread-safe.
	 */
	public static final class Builder {

		private final long authyId;

		private boolean confirmed;

		private boolean registered;

		private int countryCode;

		private String phoneNumber = "";

		private @Nullable String email;

		private List<String> devices = List.of();

		private boolean hasHardToken;

		private boolean accountDisabled;

		private List<Device> detailedDevices = List.of();

		private List<Device> deletedDevices = List.of();

		private String message = "";

		private Builder(long authyId) {
			this.authyId = authyId;
		}

		/**
		 * Sets whether the user confirmed the phone number.
		 * @param confirmed whether confirmed
		 * @return this builder
		 */
		public Builder confirmed(boolean confirmed) {
			this.confirmed = confirmed;
			return this;
		}

		/**
		 * Sets whether the user completed registration.
		 * @param registered whether registered
		 * @return this builder
		 */
		public Builder registered(boolean registered) {
			this.registered = registered;
			return this;
		}

		/**
		 * Sets the calling code of the phone number.
		 * @param countryCode the calling code
		 * @return this builder
		 */
		public Builder countryCode(int countryCode) {
			this.countryCode = countryCode;
			return this;
		}

		/**
		 * Sets the phone number, as Authy masks it.
		 * @param phoneNumber such as {@code XXX-XXX-9302}
		 * @return this builder
		 */
		public Builder phoneNumber(String phoneNumber) {
			this.phoneNumber = phoneNumber;
			return this;
		}

		/**
		 * Sets the email address.
		 * @param email the address, or {@code null}
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			this.email = email;
			return this;
		}

		/**
		 * Sets the kinds of device the user has.
		 * @param devices such as {@code android}
		 * @return this builder
		 */
		public Builder devices(String... devices) {
			this.devices = List.of(devices);
			return this;
		}

		/**
		 * Sets whether the user has a hardware token.
		 * @param hasHardToken whether the user has one
		 * @return this builder
		 */
		public Builder hasHardToken(boolean hasHardToken) {
			this.hasHardToken = hasHardToken;
			return this;
		}

		/**
		 * Sets whether the account is disabled.
		 * @param accountDisabled whether disabled
		 * @return this builder
		 */
		public Builder accountDisabled(boolean accountDisabled) {
			this.accountDisabled = accountDisabled;
			return this;
		}

		/**
		 * Sets the user's devices.
		 * @param detailedDevices the devices
		 * @return this builder
		 */
		public Builder detailedDevices(Device... detailedDevices) {
			this.detailedDevices = List.of(detailedDevices);
			return this;
		}

		/**
		 * Sets the devices the user removed.
		 * @param deletedDevices the devices
		 * @return this builder
		 */
		public Builder deletedDevices(Device... deletedDevices) {
			this.deletedDevices = List.of(deletedDevices);
			return this;
		}

		/**
		 * Sets Authy's message.
		 * @param message such as {@code User status.}
		 * @return this builder
		 */
		public Builder message(String message) {
			this.message = message;
			return this;
		}

		/**
		 * Builds the status.
		 * @return the status
		 */
		public UserStatus build() {
			return new UserStatus(this.authyId, this.confirmed, this.registered, this.countryCode, this.phoneNumber,
					this.email, this.devices, this.hasHardToken, this.accountDisabled, this.detailedDevices,
					this.deletedDevices, this.message);
		}

	}

}
