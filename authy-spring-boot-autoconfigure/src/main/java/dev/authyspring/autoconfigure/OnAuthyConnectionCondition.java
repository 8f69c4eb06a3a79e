package dev.authyspring.autoconfigure;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The condition of {@link ConditionalOnAuthyConnection}.
 *
 * <p>
 * One condition rather than an any-of composite of {@code @ConditionalOnProperty} and
 * {@code @ConditionalOnBean}: the composite's nested classes are read and evaluated on
 * every start, and {@code @ConditionalOnProperty} would match an empty value.
 */
class OnAuthyConnectionCondition extends SpringBootCondition implements ConfigurationCondition {

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (StringUtils.hasText(context.getEnvironment().getProperty("authy.api-key"))) {
			return ConditionOutcome.match("authy.api-key is set");
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory != null) {
			for (String name : BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beanFactory,
					AuthyConnectionDetails.class, true, false)) {
				// As @ConditionalOnBean: a bean that is no autowire candidate does not
				// count.
				if (!beanFactory.containsBeanDefinition(name)
						|| beanFactory.getBeanDefinition(name).isAutowireCandidate()) {
					return ConditionOutcome.match("an AuthyConnectionDetails bean is defined");
				}
			}
		}
		return ConditionOutcome
			.noMatch("authy.api-key is not set or empty, and no AuthyConnectionDetails bean is defined");
	}

}
