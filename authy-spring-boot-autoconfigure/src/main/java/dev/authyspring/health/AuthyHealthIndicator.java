package dev.authyspring.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

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

	private final AtomicReference<@Nullable Result> last = new AtomicReference<>();

	private final AtomicReference<@Nullable CompletableFuture<Health>> running = new AtomicReference<>();

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
		Result result = this.last.get();
		if (result != null && result.isFresh(this.clock.instant())) {
			return result.health();
		}
		// One check at a time: concurrent probes wait for the running check instead of
		// calling Authy too, on a future rather than a monitor, so that no lock is held
		// across the network call (a virtual thread would be pinned).
		CompletableFuture<Health> mine = new CompletableFuture<>();
		CompletableFuture<Health> other = this.running.compareAndExchange(null, mine);
		if (other != null) {
			try {
				return other.join();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			}
		}
		try {
			result = this.last.get();
			Health health = (result != null && result.isFresh(this.clock.instant())) ? result.health() : check();
			mine.complete(health);
			return health;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.running.set(null);
		}
	}

	private Health check() {
		Health health = ask();
		this.last.set(new Result(health, this.clock.instant().plus(this.cacheTtl)));
		return health;
	}

	private Health ask() {
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
			return Health.down().withDetail("error", String.valueOf(ex.getMessage())).build();
		}
	}

	private record Result(Health health, Instant expiry) {

		boolean isFresh(Instant now) {
			return now.isBefore(this.expiry);
		}

	}

}
