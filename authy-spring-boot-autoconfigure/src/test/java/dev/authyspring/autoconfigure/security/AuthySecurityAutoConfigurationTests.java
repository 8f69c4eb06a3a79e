package dev.authyspring.autoconfigure.security;

import java.time.Duration;
import java.util.Map;

import dev.authyspring.autoconfigure.AuthyAutoConfiguration;
import dev.authyspring.autoconfigure.onetouch.OneTouchCallbackAutoConfiguration;
import dev.authyspring.client.AuthyClient;
import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.onetouch.OneTouchCallback;
import dev.authyspring.onetouch.OneTouchCallbackEvent;
import dev.authyspring.onetouch.web.OneTouchCallbackEndpoint;
import dev.authyspring.security.AuthySecondFactorSettings;
import dev.authyspring.security.InMemoryPushApprovalAnswers;
import dev.authyspring.security.PushApprovalAnswers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthySecurityAutoConfiguration}.
 */
class AuthySecurityAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AuthyAutoConfiguration.class, OneTouchCallbackAutoConfiguration.class,
				AuthySecurityAutoConfiguration.class))
		.withPropertyValues("authy.api-key=auto-config-tests-key");

	@Test
	void defaultsAreTheSafeOnes() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(AuthySecondFactorSettings.class)
				.hasSingleBean(InMemoryPushApprovalAnswers.class);
			AuthySecondFactorSettings settings = context.getBean(AuthySecondFactorSettings.class);
			assertThat(settings.maxCodeAttempts()).isEqualTo(5);
			assertThat(settings.resendInterval()).isEqualTo(Duration.ofSeconds(30));
			assertThat(settings.loginTimeout()).isEqualTo(Duration.ofMinutes(5));
			assertThat(settings.push()).isEqualTo(AuthySecondFactorSettings.Push.defaults());
			assertThat(settings.rememberDevice().enabled()).isFalse();
			assertThat(settings.rememberDevice().signingKey()).isNull();
		});
	}

	@Test
	void settingsComeFromProperties() {
		this.contextRunner.withPropertyValues("authy.security.max-code-attempts=3", "authy.security.resend-interval=1m",
				"authy.security.login-timeout=2m", "authy.security.push.message=Sign in to Acme",
				"authy.security.push.expiry=45s", "authy.security.push.poll-interval=5s",
				"authy.security.push.include-request-details=false", "authy.security.remember-device.enabled=true",
				"authy.security.remember-device.duration=14d", "authy.security.remember-device.cookie-name=acme_2fa",
				"authy.security.remember-device.signing-key=" + "s".repeat(40))
			.run((context) -> {
				AuthySecondFactorSettings settings = context.getBean(AuthySecondFactorSettings.class);
				assertThat(settings.maxCodeAttempts()).isEqualTo(3);
				assertThat(settings.resendInterval()).isEqualTo(Duration.ofMinutes(1));
				assertThat(settings.loginTimeout()).isEqualTo(Duration.ofMinutes(2));
				assertThat(settings.push()).isEqualTo(new AuthySecondFactorSettings.Push("Sign in to Acme",
						Duration.ofSeconds(45), Duration.ofSeconds(5), false));
				assertThat(settings.rememberDevice().duration()).isEqualTo(Duration.ofDays(14));
				assertThat(settings.rememberDevice().cookieName()).isEqualTo("acme_2fa");
				assertThat(settings.rememberDevice().signingKey()).isNotNull();
			});
	}

	@Test
	void rememberDeviceNeedsASigningKeyOfItsOwn() {
		this.contextRunner.withPropertyValues("authy.security.remember-device.enabled=true")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("authy.security.remember-device.signing-key")
				.hasMessageContaining("must be set when remembered devices are enabled")
				.hasMessageNotContaining("auto-config-tests-key"));
	}

	@Test
	void configuredSigningKeyIsUsedAndAShortOneIsRefusedWithoutShowingIt() {
		String key = "k".repeat(32);
		this.contextRunner
			.withPropertyValues("authy.security.remember-device.enabled=true",
					"authy.security.remember-device.signing-key=" + key)
			.run((context) -> assertThat(
					context.getBean(AuthySecondFactorSettings.class).rememberDevice().signingKey().getEncoded())
				.isEqualTo(key.getBytes()));
		this.contextRunner
			.withPropertyValues("authy.security.remember-device.enabled=true",
					"authy.security.remember-device.signing-key=short-secret")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("authy.security.remember-device.signing-key")
				.hasMessageContaining("at least 32 characters")
				.hasMessageNotContaining("short-secret"));
	}

	@Test
	void invalidValuesFailWithThePropertyName() {
		Map<String, String> invalid = Map.of("authy.security.max-code-attempts=0", "authy.security.max-code-attempts",
				"authy.security.resend-interval=-1s", "authy.security.resend-interval",
				"authy.security.login-timeout=0s", "authy.security.login-timeout", "authy.security.push.expiry=500ms",
				"authy.security.push.expiry", "authy.security.push.message=", "authy.security.push.message",
				"authy.security.push.poll-interval=0s", "authy.security.push.poll-interval",
				"authy.security.remember-device.cookie-name=bad name", "authy.security.remember-device.cookie-name");
		invalid.forEach((property, name) -> this.contextRunner.withPropertyValues(property)
			.run((context) -> assertThat(context).getFailure()
				.as(property)
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining(name)));
	}

	@Test
	void userBeansWin() {
		this.contextRunner.withUserConfiguration(UserBeans.class).run((context) -> {
			assertThat(context).getBean(AuthySecondFactorSettings.class).isSameAs(UserBeans.SETTINGS);
			assertThat(context).getBean(PushApprovalAnswers.class).isSameAs(UserBeans.ANSWERS);
		});
	}

	@Test
	void callbackEventsReachTheAnswers() {
		this.contextRunner.run((context) -> {
			context.publishEvent(new OneTouchCallbackEvent(
					OneTouchCallback.from(Map.of("uuid", "u-1", "authy_id", "77", "status", "approved"))));
			PushApprovalAnswers answers = context.getBean(PushApprovalAnswers.class);
			assertThat(answers.find("u-1", 77)).isEqualTo(ApprovalStatus.APPROVED);
			assertThat(answers.find("u-1", 78)).isNull();
		});
	}

	@Test
	void backsOffWithoutTheAuthyClient() {
		new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(AuthyAutoConfiguration.class, AuthySecurityAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AuthySecondFactorSettings.class));
	}

	@Test
	void backsOffOutsideServletWebApplications() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(AuthyAutoConfiguration.class, AuthySecurityAutoConfiguration.class))
			.withPropertyValues("authy.api-key=auto-config-tests-key")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AuthySecondFactorSettings.class));
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(AuthyAutoConfiguration.class, AuthySecurityAutoConfiguration.class))
			.withPropertyValues("authy.api-key=auto-config-tests-key")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AuthySecondFactorSettings.class));
	}

	@Test
	void applicationWithoutSpringSecurityStartsAndLoadsNoSecurityClass() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.withPropertyValues("authy.onetouch.callback.enabled=true")
			.run((context) -> {
				// Any reference to a Spring Security type would fail the start: the
				// filter
				// hides them all.
				assertThat(context).hasNotFailed()
					.hasSingleBean(AuthyClient.class)
					.hasSingleBean(OneTouchCallbackEndpoint.class)
					.doesNotHaveBean(AuthySecondFactorSettings.class)
					.doesNotHaveBean(PushApprovalAnswers.class);
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeans {

		static final AuthySecondFactorSettings SETTINGS = AuthySecondFactorSettings.defaults();

		static final PushApprovalAnswers ANSWERS = new InMemoryPushApprovalAnswers(java.time.Clock.systemUTC());

		@Bean
		AuthySecondFactorSettings mySettings() {
			return SETTINGS;
		}

		@Bean
		PushApprovalAnswers myAnswers() {
			return ANSWERS;
		}

	}

}
