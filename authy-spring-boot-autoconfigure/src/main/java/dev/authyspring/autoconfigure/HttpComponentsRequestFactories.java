package dev.authyspring.autoconfigure;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;

/**
 * Apache HttpClient 5 for Authy calls, kept in its own class so that the library is only
 * loaded when it was chosen.
 */
final class HttpComponentsRequestFactories {

	private HttpComponentsRequestFactories() {
	}

	/**
	 * Returns a builder whose client never re-sends a request by itself: its default retry
	 * strategy repeats GETs, and Authy sends SMS and calls on GET.
	 */
	static ClientHttpRequestFactoryBuilder<?> withoutAutomaticRetries() {
		return ClientHttpRequestFactoryBuilder.httpComponents()
			.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries);
	}

}
