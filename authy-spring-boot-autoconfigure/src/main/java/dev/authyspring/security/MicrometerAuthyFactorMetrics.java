package dev.authyspring.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Counts the Authy factor's authentication events as {@code authy.security.factor},
 * tagged with {@code method} (such as {@code sms}) and {@code outcome} ({@code granted},
 * or a {@link AuthyFactorException.Reason} such as {@code invalid_code}). No user data is
 * tagged.
 */
public class MicrometerAuthyFactorMetrics implements ApplicationListener<AbstractAuthenticationEvent> {

	/** The counter's name. */
	public static final String METRIC_NAME = "authy.security.factor";

	private static final String GRANTED = "granted";

	private final MeterRegistry registry;

	/**
	 * Creates the listener.
	 * @param registry where the counters are kept
	 */
	public MicrometerAuthyFactorMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onApplicationEvent(AbstractAuthenticationEvent event) {
		if (!(event.getAuthentication() instanceof AuthyFactorAuthentication step)) {
			return;
		}
		String outcome = outcome(event);
		if (outcome != null) {
			Counter.builder(METRIC_NAME)
				.description("Attempts at the Authy login factor")
				.tag("method", step.getMethod().tag())
				.tag("outcome", outcome)
				.register(this.registry)
				.increment();
		}
	}

	private static @Nullable String outcome(AbstractAuthenticationEvent event) {
		if (event instanceof AuthenticationSuccessEvent) {
			return GRANTED;
		}
		if (event instanceof AbstractAuthenticationFailureEvent failure
				&& failure.getException() instanceof AuthyFactorException exception) {
			return exception.getReason().tag();
		}
		return null;
	}

}
