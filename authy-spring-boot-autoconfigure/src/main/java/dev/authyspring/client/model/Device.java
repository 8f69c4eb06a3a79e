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
}
