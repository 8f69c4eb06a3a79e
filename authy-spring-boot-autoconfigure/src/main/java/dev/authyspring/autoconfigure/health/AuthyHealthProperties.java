package dev.authyspring.autoconfigure.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Authy health indicator ({@code management.health.authy.*}).
 */
@ConfigurationProperties("management.health.authy")
public class AuthyHealthProperties {

	/**
	 * How long a health result is reused before Authy is asked again.
	 */
	private Duration cacheTtl = Duration.ofSeconds(30);

	public Duration getCacheTtl() {
		return this.cacheTtl;
	}

	public void setCacheTtl(Duration cacheTtl) {
		this.cacheTtl = cacheTtl;
	}

}
