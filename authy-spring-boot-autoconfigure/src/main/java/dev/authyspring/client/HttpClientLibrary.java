package dev.authyspring.client;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;

/**
 * The HTTP client libraries an {@link AuthyClient} can send its requests with, each set
 * up for Authy calls.
 */
public enum HttpClientLibrary {

	/**
	 * The JDK's HttpURLConnection. It re-sends a GET after a broken connection, which can
	 * send a second SMS or voice call, and cannot be stopped from doing so.
	 */
	SIMPLE,

	/**
	 * The JDK's java.net.http.HttpClient. It re-sends a GET after a broken connection,
	 * which can send a second SMS or voice call, and cannot be stopped from doing so.
	 */
	JDK,

	/**
	 * Apache HttpClient 5 (must be on the classpath), with a pool for 64 concurrent calls
	 * and its automatic retries off.
	 */
	HTTP_COMPONENTS,

	/** Jetty's HTTP client (must be on the classpath), which never re-sends. */
	JETTY,

	/** Reactor Netty's HTTP client (must be on the classpath), with its retries off. */
	REACTOR;

	/**
	 * The request factory builder; its library's classes load only when it is asked for.
	 */
	ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder() {
		return switch (this) {
			case SIMPLE -> ClientHttpRequestFactoryBuilder.simple();
			case JDK -> ClientHttpRequestFactoryBuilder.jdk();
			case HTTP_COMPONENTS -> HttpComponentsRequestFactories.withoutAutomaticRetries();
			case JETTY -> ClientHttpRequestFactoryBuilder.jetty();
			case REACTOR -> ClientHttpRequestFactoryBuilder.reactor();
		};
	}

}
