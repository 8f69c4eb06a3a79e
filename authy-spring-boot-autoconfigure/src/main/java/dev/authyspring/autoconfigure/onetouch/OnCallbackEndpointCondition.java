package dev.authyspring.autoconfigure.onetouch;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the application takes OneTouch callbacks: {@code
 * authy.onetouch.callback.enabled} is {@code true}, or it is not set and
 * {@code authy.onetouch.callback.url} has text.
 *
 * <p>
 * Authy sends callbacks only to a URL configured in its console, so an application that
 * has not said where they arrive gets no endpoint, and its start-up does not pay for one
 * (docs/benchmarks.md).
 */
class OnCallbackEndpointCondition extends SpringBootCondition {

	static final String ENABLED = "authy.onetouch.callback.enabled";

	static final String URL = "authy.onetouch.callback.url";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		String enabled = environment.getProperty(ENABLED);
		if (StringUtils.hasText(enabled)) {
			return Boolean.parseBoolean(enabled.trim()) ? ConditionOutcome.match(ENABLED + " is true")
					: ConditionOutcome.noMatch(ENABLED + " is false");
		}
		if (StringUtils.hasText(environment.getProperty(URL))) {
			return ConditionOutcome.match(URL + " is set");
		}
		return ConditionOutcome.noMatch("neither " + URL + " nor " + ENABLED + "=true is set");
	}

}
