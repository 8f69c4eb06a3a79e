package dev.authyspring.sample.user;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.model.AuthyUser;
import dev.authyspring.client.model.NewUser;
import dev.authyspring.sample.SampleProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users up (with Authy and in the database) and deletes them (from both).
 */
@Service
public class UserService {

	private static final Log logger = LogFactory.getLog(UserService.class);

	private final AppUserRepository users;

	private final AuthyUsers authyUsers;

	private final PasswordEncoder passwordEncoder;

	private final SampleProperties properties;

	private final Clock clock;

	public UserService(AppUserRepository users, AuthyUsers authyUsers, PasswordEncoder passwordEncoder,
			SampleProperties properties) {
		this.users = users;
		this.authyUsers = authyUsers;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Registers the user with Authy, then stores the user with the Authy id.
	 * @param email the validated email
	 * @param password the validated password
	 * @param countryCode the country calling code
	 * @param phoneNumber the phone number
	 * @return the stored user
	 * @throws EmailAlreadyRegisteredException if the email has an account
	 * @throws dev.authyspring.client.AuthyApiException if Authy refuses the phone or
	 * email
	 */
	@Transactional
	public AppUser signUp(String email, String password, int countryCode, String phoneNumber) {
		String normalizedEmail = email.trim().toLowerCase(Locale.ROOT);
		if (this.users.existsByEmail(normalizedEmail)) {
			throw new EmailAlreadyRegisteredException();
		}
		// Authy gives the same id for the same phone, so a retry after a failed insert is
		// safe.
		AuthyUser authyUser = this.authyUsers.create(NewUser.of(normalizedEmail, phoneNumber.trim(), countryCode));
		boolean admin = isAdmin(normalizedEmail);
		AppUser user = this.users
			.save(new AppUser(null, normalizedEmail, Objects.requireNonNull(this.passwordEncoder.encode(password)),
					countryCode, phoneNumber.trim(), authyUser.id(), admin, this.clock.instant()));
		logger.info("Signed up user " + user.id() + " with Authy id " + user.authyId() + (admin ? " as admin" : ""));
		return user;
	}

	private boolean isAdmin(String email) {
		if (this.properties.getAdminEmails().isEmpty()) {
			return this.users.count() == 0;
		}
		return this.properties.getAdminEmails()
			.stream()
			.anyMatch((adminEmail) -> adminEmail.trim().equalsIgnoreCase(email));
	}

	/**
	 * Removes the user from Authy, then from the database.
	 * @param user the user
	 */
	@Transactional
	public void delete(AppUser user) {
		this.authyUsers.delete(user.authyId());
		this.users.delete(user);
		logger.info("Deleted user " + user.id() + " and Authy user " + user.authyId());
	}

}
