package dev.authyspring.simulator.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.authyspring.simulator.CallbackMethod;

/**
 * Starts an {@link dev.authyspring.simulator.AuthySimulator} for the test's application
 * context, points the starter at it with an {@code AuthyConnectionDetails} bean (or,
 * without the starter, with the {@code authy.base-url} and {@code authy.api-key}
 * properties), and exposes it as a bean named {@code authySimulator}. The simulator stops
 * when the context closes; test classes with the same settings share the cached context
 * and its simulator, so call {@code reset()} between tests that need a clean state.
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

	/**
	 * Path of the application's OneTouch callback endpoint, e.g.
	 * {@code /authy/onetouch/callback}. When set, and the test starts an embedded web
	 * server, the simulator sends callbacks to
	 * {@code http://127.0.0.1:<local.server.port><path>} once the context is refreshed.
	 * Empty (the default): no callbacks unless the test sets a URL on the simulator. The
	 * starter maps its endpoint only when {@code authy.onetouch.callback.enabled=true} or
	 * {@code authy.onetouch.callback.url} is set, so a test that takes callbacks sets
	 * one.
	 * @return the callback path
	 */
	String callbackPath() default "";

	/**
	 * The method of the callbacks sent to {@link #callbackPath()}.
	 * @return the callback method
	 */
	CallbackMethod callbackMethod() default CallbackMethod.POST;

}
