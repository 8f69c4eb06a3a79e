package dev.authyspring.client;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;

/**
 * Apache HttpClient 5 set up for Authy calls; in its own class so that the library is only
 * loaded when it is chosen.
 */
public final class HttpComponentsRequestFactories {

	/** Connections kept to Authy, enough for 64 concurrent calls. */
	static final int MAX_CONNECTIONS = 64;

	private HttpComponentsRequestFactories() {
	}

	/**
	 * Returns a builder whose client never re-sends a request by itself: its default retry
	 * strategy repeats GETs, and Authy sends SMS and calls and verifies tokens on GET.
	 * @return the request factory builder
	 */
	public static ClientHttpRequestFactoryBuilder<?> withoutAutomaticRetries() {
		return ClientHttpRequestFactoryBuilder.httpComponents()
			.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries)
			// The pool's default of 5 connections per host queues a busy application's logins.
			.withConnectionManagerCustomizer(
					(pool) -> pool.setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS));
	}

}
