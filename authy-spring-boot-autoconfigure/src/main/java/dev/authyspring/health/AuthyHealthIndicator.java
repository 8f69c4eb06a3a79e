package dev.authyspring.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.authyspring.client.AuthyApiException;
import dev.authyspring.client.AuthyApps;
import dev.authyspring.client.AuthyException;
import dev.authyspring.client.model.AppDetails;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports whether the Authy API accepts the application's key, by asking for the
 * application's details. The result is reused for a while so that frequent probes do not
 * become Authy traffic.
 */
public class AuthyHealthIndicator implements HealthIndicator {

	private final AuthyApps apps;

	private final Duration cacheTtl;

	private final Clock clock;

	private final Object lock = new Object();

	private @Nullable Health cached;

	private Instant expiry = Instant.MIN;

	/**
	 * Creates an indicator.
	 * @param apps the client to ask; it should not retry, so that a probe never waits
	 * longer than one read timeout
	 * @param cacheTtl how long a result is reused
	 * @param clock the clock that decides when a result expires
	 */
	public AuthyHealthIndicator(AuthyApps apps, Duration cacheTtl, Clock clock) {
		this.apps = apps;
		this.cacheTtl = cacheTtl;
		this.clock = clock;
	}

	@Override
	public Health health() {
		// One check at a time: concurrent probes wait for it instead of calling Authy too.
		synchronized (this.lock) {
			Instant now = this.clock.instant();
			if (this.cached == null || !now.isBefore(this.expiry)) {
				this.cached = check();
				this.expiry = now.plus(this.cacheTtl);
			}
			return this.cached;
		}
	}

	private Health check() {
		try {
			AppDetails details = this.apps.details();
			return Health.up().withDetail("application", details.name()).build();
		}
		catch (AuthyApiException ex) {
			Health.Builder down = Health.down()
				.withDetail("httpStatus", ex.getHttpStatus())
				.withDetail("error", ex.getAuthyMessage());
			if (ex.getErrorCode() != null) {
				down.withDetail("errorCode", ex.getErrorCode());
			}
			return down.build();
		}
		catch (AuthyException ex) {
			return Health.down().withDetail("error", ex.getMessage()).build();
		}
	}

}
