package dev.authyspring.sample.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user of the sample application, stored in the {@code app_user} table.
 *
 * @param id the database id, {@code null} until saved
 * @param email the login name
 * @param passwordHash the BCrypt hash of the password
 * @param countryCode the phone's country calling code
 * @param phoneNumber the phone number without country code
 * @param authyId the id Authy gave the user at sign-up
 * @param admin whether the user has the ADMIN role
 * @param createdAt when the user signed up
 */
@Table
public record AppUser(@Id @Nullable Long id, String email, String passwordHash, int countryCode, String phoneNumber,
		long authyId, boolean admin, Instant createdAt) {

	@Override
	public String toString() {
		// Email and phone are personal data; the hash is a secret.
		return "AppUser[id=" + this.id + ", authyId=" + this.authyId + ", admin=" + this.admin + "]";
	}

}
