package dev.authyspring.autoconfigure;

import java.util.Set;

import dev.authyspring.client.AuthyApps;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.client.AuthyOneTouch;
import dev.authyspring.client.AuthyPhones;
import dev.authyspring.client.AuthyTokens;
import dev.authyspring.client.AuthyUsers;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Explains a missing Authy bean by the missing {@code authy.api-key} property.
 */
class AuthyApiKeyMissingFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException> {

	private static final Set<Class<?>> AUTHY_TYPES = Set.of(AuthyClient.class, AuthyUsers.class, AuthyTokens.class,
			AuthyOneTouch.class, AuthyPhones.class, AuthyApps.class);

	private final Environment environment;

	AuthyApiKeyMissingFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		Class<?> type = cause.getBeanType();
		if (type == null || !AUTHY_TYPES.contains(type)
				|| StringUtils.hasText(this.environment.getProperty("authy.api-key"))) {
			return null;
		}
		return new FailureAnalysis("A bean of type " + type.getName()
				+ " was needed, but the Authy auto-configuration did not run because the property 'authy.api-key' is not set.",
				"Set 'authy.api-key' to your Authy application's API key (in application.yml, or as the environment variable AUTHY_API_KEY), or define a bean of type "
						+ type.getSimpleName() + " yourself.",
				cause);
	}

}
