package dev.authyspring.security;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.util.ClassUtils;

/**
 * What the Authy factor needs in a native image: Java serialization of what it keeps in
 * the HTTP session (the half-finished login, the authentication it grants, the failure it
 * reports), for sessions that are persisted or shared, such as with Spring Session.
 */
public class AuthySecurityRuntimeHints implements RuntimeHintsRegistrar {

	/**
	 * The types in the session, by name: this runs in applications without Spring
	 * Security too.
	 */
	static final String[] SESSION_TYPES = { "dev.authyspring.security.LoginAttempt",
			"dev.authyspring.security.LoginAttempt$PushState", "dev.authyspring.security.AuthyFactorAuthentication",
			"dev.authyspring.security.AuthyFactorMethod", "dev.authyspring.security.AuthyFactorException",
			"dev.authyspring.security.AuthyFactorException$Reason", "java.time.Instant", "java.time.Ser" };

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		if (!ClassUtils.isPresent("org.springframework.security.core.Authentication", classLoader)) {
			return;
		}
		for (String type : SESSION_TYPES) {
			hints.serialization().registerType(TypeReference.of(type));
		}
	}

}
