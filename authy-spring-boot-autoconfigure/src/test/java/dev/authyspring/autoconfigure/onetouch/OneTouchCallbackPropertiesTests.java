package dev.authyspring.autoconfigure.onetouch;

import java.time.Duration;

import dev.authyspring.autoconfigure.AuthyAutoConfiguration;
import dev.authyspring.autoconfigure.AuthyProperties;
import dev.authyspring.autoconfigure.onetouch.OneTouchCallbackProperties.NonceStore;
import dev.authyspring.autoconfigure.onetouch.OneTouchCallbackProperties.SchemaInitialization;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OneTouchCallbackProperties}: the {@code authy.onetouch.callback.*}
 * keys, their defaults, and which auto-configuration binds them.
 */
class OneTouchCallbackPropertiesTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OneTouchCallbackAutoConfiguration.class))
		.withPropertyValues("authy.api-key=callback-properties-tests-key", "authy.onetouch.callback.enabled=true");

	@Test
	void defaults() {
		this.contextRunner.run((context) -> {
			OneTouchCallbackProperties callback = context.getBean(OneTouchCallbackProperties.class);
			assertThat(new OneTouchCallbackProperties().getEnabled()).isNull();
			assertThat(callback.getPath()).isEqualTo("/authy/onetouch/callback");
			assertThat(callback.getUrl()).isNull();
			assertThat(callback.getMaxAge()).isEqualTo(Duration.ofMinutes(5));
			assertThat(callback.getMaxClockSkew()).isEqualTo(Duration.ofSeconds(30));
			assertThat(callback.getAdditionalKeys()).isEmpty();
			assertThat(callback.getNonceStore()).isEqualTo(NonceStore.MEMORY);
			assertThat(callback.getJdbc().getInitializeSchema()).isEqualTo(SchemaInitialization.EMBEDDED);
			assertThat(callback.getRedis().getKeyPrefix()).isEqualTo("authy:onetouch:nonce:");
		});
	}

	@Test
	void bindsEveryKeyUnderItsName() {
		// The shared stores are left out: choosing one here would need its library's
		// beans.
		this.contextRunner.withPropertyValues("authy.onetouch.callback.path=/hooks/authy",
				"authy.onetouch.callback.url=https://example.com/hooks/authy", "authy.onetouch.callback.max-age=2m",
				"authy.onetouch.callback.max-clock-skew=5s",
				"authy.onetouch.callback.additional-keys=first-rotated-key,second-rotated-key",
				"authy.onetouch.callback.nonce-store=memory", "authy.onetouch.callback.jdbc.initialize-schema=never",
				"authy.onetouch.callback.redis.key-prefix=app:nonce:")
			.run((context) -> {
				OneTouchCallbackProperties callback = context.getBean(OneTouchCallbackProperties.class);
				assertThat(callback.getPath()).isEqualTo("/hooks/authy");
				assertThat(callback.getUrl()).isEqualTo("https://example.com/hooks/authy");
				assertThat(callback.getMaxAge()).isEqualTo(Duration.ofMinutes(2));
				assertThat(callback.getMaxClockSkew()).isEqualTo(Duration.ofSeconds(5));
				assertThat(callback.getAdditionalKeys()).containsExactly("first-rotated-key", "second-rotated-key");
				assertThat(callback.getNonceStore()).isEqualTo(NonceStore.MEMORY);
				assertThat(callback.getJdbc().getInitializeSchema()).isEqualTo(SchemaInitialization.NEVER);
				assertThat(callback.getRedis().getKeyPrefix()).isEqualTo("app:nonce:");
			});
	}

	@Test
	void keepsTheAdditionalKeysOutOfToString() {
		this.contextRunner.withPropertyValues("authy.onetouch.callback.additional-keys=rotated-secret-key")
			.run((context) -> assertThat(context.getBean(OneTouchCallbackProperties.class).toString())
				.doesNotContain("rotated-secret-key"));
	}

	@Test
	void boundByTheCallbackAutoConfigurationOnly() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					AuthyAutoConfiguration.class))
			.withPropertyValues("authy.api-key=callback-properties-tests-key")
			.run((context) -> assertThat(context).hasSingleBean(AuthyProperties.class)
				.doesNotHaveBean(OneTouchCallbackProperties.class));
		this.contextRunner.withPropertyValues("authy.onetouch.callback.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(OneTouchCallbackProperties.class));
	}

}
