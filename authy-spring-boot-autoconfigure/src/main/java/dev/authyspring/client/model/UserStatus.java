package dev.authyspring.client.model;

import java.util.List;

import dev.authyspring.client.Masking;
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

}
