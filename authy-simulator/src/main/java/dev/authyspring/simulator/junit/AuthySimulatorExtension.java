package dev.authyspring.simulator.junit;

import java.util.Objects;

import dev.authyspring.simulator.AuthySimulator;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class one running {@link AuthySimulator}, injected into test, lifecycle
 * method and constructor parameters, reset before each test and closed after the class.
 * Use with {@code @ExtendWith(AuthySimulatorExtension.class)}.
 */
public class AuthySimulatorExtension implements ParameterResolver, BeforeEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(AuthySimulatorExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == AuthySimulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return simulator(extensionContext);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		simulator(context).reset();
	}

	@SuppressWarnings("deprecation")
	private static AuthySimulator simulator(ExtensionContext context) {
		ExtensionContext classContext = context;
		while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
			classContext = classContext.getParent().get();
		}
		// The store closes the simulator (an AutoCloseable) when the class context ends.
		AuthySimulator simulator = classContext.getStore(NAMESPACE)
			.getOrComputeIfAbsent(AuthySimulator.class, (type) -> AuthySimulator.start(), AuthySimulator.class);
		return Objects.requireNonNull(simulator, "the simulator the store made");
	}

}
