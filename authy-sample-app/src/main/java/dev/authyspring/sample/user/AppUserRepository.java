package dev.authyspring.sample.user;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Stores {@link AppUser}s.
 */
public interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

	Optional<AppUser> findByEmail(String email);

	boolean existsByEmail(String email);

}
