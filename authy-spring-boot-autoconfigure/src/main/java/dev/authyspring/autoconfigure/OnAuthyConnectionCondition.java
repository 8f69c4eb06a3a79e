package dev.authyspring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The condition of {@link ConditionalOnAuthyConnection}.
 */
class OnAuthyConnectionCondition extends AnyNestedCondition {

	OnAuthyConnectionCondition() {
		super(ConfigurationPhase.REGISTER_BEAN);
	}

	@Conditional(ApiKeyHasText.class)
	static class ApiKeyProperty {

	}

	@ConditionalOnBean(AuthyConnectionDetails.class)
	static class ConnectionDetailsBean {

	}

	static class ApiKeyHasText extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			// Not @ConditionalOnProperty: it matches an empty value.
			return StringUtils.hasText(context.getEnvironment().getProperty("authy.api-key"))
					? ConditionOutcome.match("authy.api-key is set")
					: ConditionOutcome.noMatch("authy.api-key is not set or empty");
		}

	}

}
