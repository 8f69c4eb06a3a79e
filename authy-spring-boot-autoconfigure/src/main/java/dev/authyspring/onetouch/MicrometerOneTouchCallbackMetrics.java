package dev.authyspring.onetouch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@link OneTouchCallbackMetrics} that counts requests in {@value #METER_NAME}, tagged
 * with {@code outcome} and {@code status}.
 */
public class MicrometerOneTouchCallbackMetrics implements OneTouchCallbackMetrics {

	/** Name of the counter. */
	public static final String METER_NAME = "authy.onetouch.callbacks";

	private final MeterRegistry registry;

	/**
	 * Creates metrics that register with the given registry.
	 * @param registry the meter registry
	 */
	public MicrometerOneTouchCallbackMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void record(OneTouchCallbackOutcome outcome, int status) {
		Counter.builder(METER_NAME)
			.description("OneTouch callbacks received")
			.tag("outcome", outcome.tagValue())
			.tag("status", Integer.toString(status))
			.register(this.registry)
			.increment();
	}

}
