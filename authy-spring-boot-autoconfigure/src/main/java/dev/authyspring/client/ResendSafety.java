package dev.authyspring.client;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;

/**
 * Makes the HTTP client of Authy calls never re-send a request by itself, whatever
 * builder the caller gives: an SMS, a voice call or a push sent twice cannot be taken
 * back. Apache HttpClient's retries are switched off, after any customizer that turned
 * them on, and Reactor Netty's retry of a request on a closed connection is disabled.
 * Jetty never re-sends. The JDK's two clients re-send a GET after a connection broke and
 * offer no switch; they are documented as such and left as they are.
 */
final class ResendSafety {

	private static final String HTTP_COMPONENTS = "org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder";

	private static final String REACTOR = "org.springframework.boot.http.client.ReactorClientHttpRequestFactoryBuilder";

	private ResendSafety() {
	}

	static ClientHttpRequestFactoryBuilder<?> applyTo(ClientHttpRequestFactoryBuilder<?> builder) {
		// By name: the builders' classes link against their libraries, which may be
		// absent.
		String type = builder.getClass().getName();
		if (type.equals(HTTP_COMPONENTS)) {
			return HttpComponentsRequestFactories.withoutAutomaticRetries(builder);
		}
		if (type.equals(REACTOR)) {
			return ReactorRequestFactories.withoutRetry(builder);
		}
		return builder;
	}

	/**
	 * Whether a builder's client may re-send a request by itself.
	 * @param builder the builder, as {@link #applyTo} left it
	 * @return {@code true} for the JDK's clients
	 */
	static boolean mayResend(ClientHttpRequestFactoryBuilder<?> builder) {
		String type = builder.getClass().getName();
		return type.equals("org.springframework.boot.http.client.SimpleClientHttpRequestFactoryBuilder")
				|| type.equals("org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder");
	}

}
