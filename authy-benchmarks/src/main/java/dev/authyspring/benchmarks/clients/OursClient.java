package dev.authyspring.benchmarks.clients;

import dev.authyspring.client.AuthyTokens;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.model.TokenVerification;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The starter's {@link AuthyTokens} and {@link AuthyUsers}, from the auto-configuration
 * of a minimal non-web application, with the HTTP client chosen by
 * {@code authy.http-client.factory}.
 */
public final class OursClient implements BenchClient {

	private final ConfigurableApplicationContext context;

	private final AuthyTokens tokens;

	private final AuthyUsers users;

	private final String name;

	/**
	 * Starts the application.
	 * @param api the stub
	 * @param factory value of {@code authy.http-client.factory}, or {@code null} for the
	 * default
	 * @param name how the report names this client
	 */
	public OursClient(StubApi api, @Nullable String factory, String name) {
		this.context = new SpringApplicationBuilder(BenchConfig.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn", "authy.api-key=" + api.apiKey(),
					"authy.base-url=" + api.baseUrl())
			.properties((factory != null) ? new String[] { "authy.http-client.factory=" + factory } : new String[0])
			.run();
		this.tokens = this.context.getBean(AuthyTokens.class);
		this.users = this.context.getBean(AuthyUsers.class);
		this.name = name;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public boolean verify(long authyId, String token) {
		TokenVerification verification = this.tokens.verify(authyId, token);
		return verification.valid();
	}

	@Override
	public Object status(long authyId) {
		return this.users.status(authyId);
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class BenchConfig {

	}

}
