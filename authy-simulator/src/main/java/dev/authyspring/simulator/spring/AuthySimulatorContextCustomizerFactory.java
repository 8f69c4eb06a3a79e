package dev.authyspring.simulator.spring;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates an {@link AuthySimulatorContextCustomizer} for test classes annotated with
 * {@link EnableAuthySimulator}. Registered in {@code META-INF/spring.factories}.
 */
class AuthySimulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		EnableAuthySimulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				EnableAuthySimulator.class);
		return (annotation != null) ? new AuthySimulatorContextCustomizer(annotation.apiKey()) : null;
	}

}
