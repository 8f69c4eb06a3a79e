package dev.authyspring.simulator.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts an {@link dev.authyspring.simulator.AuthySimulator} for the test's application
 * context, sets {@code authy.base-url} and {@code authy.api-key} to it, and exposes it as a
 * bean named {@code authySimulator}. The simulator stops when the context closes; test
 * classes with the same settings share the cached context and its simulator, so call
 * {@code reset()} between tests that need a clean state.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EnableAuthySimulator {

	/**
	 * The API key; empty (the default) for a random one.
	 * @return the API key
	 */
	String apiKey() default "";

}
