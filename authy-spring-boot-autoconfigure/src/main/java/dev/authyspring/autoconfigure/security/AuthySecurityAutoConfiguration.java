package dev.authyspring.autoconfigure.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import dev.authyspring.autoconfigure.AuthyAutoConfiguration;
import dev.authyspring.client.AuthyTokens;
import dev.authyspring.security.AuthyFactorConfigurer;
import dev.authyspring.security.AuthySecondFactorSettings;
import dev.authyspring.security.InMemoryPushApprovalAnswers;
import dev.authyspring.security.MicrometerAuthyFactorMetrics;
import dev.authyspring.security.PushApprovalAnswers;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the Authy factor of Spring Security 7: its settings from
 * {@code authy.security.*}, where login push answers from callbacks are kept, and its
 * metrics. The application puts the factor on its filter chain with
 * {@link AuthyFactorConfigurer}.
 */
@AutoConfiguration(after = AuthyAutoConfiguration.class, afterName = {
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ HttpSecurity.class, FactorGrantedAuthority.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBean(AuthyTokens.class)
@EnableConfigurationProperties(AuthySecurityProperties.class)
public final class AuthySecurityAutoConfiguration {

	private static final int MIN_SIGNING_KEY_LENGTH = 32;

	@Bean
	@ConditionalOnMissingBean
	AuthySecondFactorSettings authySecondFactorSettings(AuthySecurityProperties properties) {
		requirePositive("authy.security.max-code-attempts", properties.getMaxCodeAttempts());
		requireNotNegative("authy.security.resend-interval", properties.getResendInterval());
		requirePositive("authy.security.login-timeout", properties.getLoginTimeout());
		AuthySecurityProperties.Push push = properties.getPush();
		String message = push.getMessage();
		if (message == null || message.isBlank()
				|| message.length() > AuthySecondFactorSettings.Push.MAX_MESSAGE_LENGTH) {
			throw new InvalidConfigurationPropertyValueException("authy.security.push.message", message,
					"must be 1 to " + AuthySecondFactorSettings.Push.MAX_MESSAGE_LENGTH + " characters");
		}
		requirePositive("authy.security.push.expiry", push.getExpiry());
		if (push.getExpiry().toSeconds() < 1) {
			throw new InvalidConfigurationPropertyValueException("authy.security.push.expiry", push.getExpiry(),
					"must be at least one second");
		}
		requirePositive("authy.security.push.poll-interval", push.getPollInterval());
		return new AuthySecondFactorSettings(properties.getMaxCodeAttempts(), properties.getResendInterval(),
				properties.getLoginTimeout(), new AuthySecondFactorSettings.Push(message, push.getExpiry(),
						push.getPollInterval(), push.isIncludeRequestDetails()),
				rememberDevice(properties.getRememberDevice()));
	}

	private static AuthySecondFactorSettings.RememberDevice rememberDevice(
			AuthySecurityProperties.RememberDevice properties) {
		requirePositive("authy.security.remember-device.duration", properties.getDuration());
		String cookieName = properties.getCookieName();
		if (cookieName == null || cookieName.isEmpty()
				|| !cookieName.chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
			throw new InvalidConfigurationPropertyValueException("authy.security.remember-device.cookie-name",
					cookieName, "must be letters, digits, '_' and '-'");
		}
		if (!properties.isEnabled()) {
			return new AuthySecondFactorSettings.RememberDevice(false, properties.getDuration(), cookieName, null);
		}
		return new AuthySecondFactorSettings.RememberDevice(true, properties.getDuration(), cookieName,
				signingKey(properties.getSigningKey()));
	}

	/**
	 * The configured key. It is not derived from the API key: whoever holds that key
	 * (another application, a staging environment) could then mint cookies.
	 */
	private static SecretKey signingKey(@Nullable String configured) {
		if (configured == null || configured.isEmpty()) {
			throw new InvalidConfigurationPropertyValueException("authy.security.remember-device.signing-key", null,
					"must be set when remembered devices are enabled: a secret of at least " + MIN_SIGNING_KEY_LENGTH
							+ " characters, the same on every instance");
		}
		if (configured.length() < MIN_SIGNING_KEY_LENGTH) {
			// The value is a secret: it stays out of the message.
			throw new InvalidConfigurationPropertyValueException("authy.security.remember-device.signing-key",
					"<hidden>", "must be at least " + MIN_SIGNING_KEY_LENGTH + " characters");
		}
		return new SecretKeySpec(configured.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	private static void requirePositive(String name, int value) {
		if (value < 1) {
			throw new InvalidConfigurationPropertyValueException(name, value, "must be at least 1");
		}
	}

	private static void requirePositive(String name, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new InvalidConfigurationPropertyValueException(name, value, "must be positive");
		}
	}

	private static void requireNotNegative(String name, @Nullable Duration value) {
		if (value == null || value.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(name, value, "must not be negative");
		}
	}

	@Bean
	@ConditionalOnMissingBean
	PushApprovalAnswers pushApprovalAnswers(ObjectProvider<Clock> clock) {
		return new InMemoryPushApprovalAnswers(clock.getIfUnique(Clock::systemUTC));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MicrometerAuthyFactorMetrics micrometerAuthyFactorMetrics(MeterRegistry meterRegistry) {
			return new MicrometerAuthyFactorMetrics(meterRegistry);
		}

	}

}
