package dev.authyspring.client;

import java.net.URI;

import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpRequest;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * Apache HttpClient 5 set up for Authy calls; in its own class so that the library is
 * only loaded when it is chosen.
 */
final class HttpComponentsRequestFactories {

	/** Connections kept to Authy, enough for 64 concurrent calls. */
	static final int MAX_CONNECTIONS = 64;

	private HttpComponentsRequestFactories() {
	}

	/**
	 * Returns the builder the starter uses: a pool for 64 concurrent calls, and no
	 * automatic retries (which {@link AuthyClientBuilder#requestFactoryBuilder} also
	 * ensures, when the client builds its HTTP client, for any Apache builder it is
	 * given).
	 * @return the request factory builder
	 */
	static ClientHttpRequestFactoryBuilder<?> withoutAutomaticRetries() {
		return withoutAutomaticRetries(ClientHttpRequestFactoryBuilder.httpComponents()
			// The pool's default of 5 connections per host queues a busy application's
			// logins.
			.withConnectionManagerCustomizer(
					(pool) -> pool.setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS)));
	}

	/**
	 * Switches the retries of an Apache builder off: its default retry strategy repeats
	 * GETs, and Authy sends SMS and calls and verifies tokens on GET. The customizer runs
	 * after the builder's others, and the switch wins over any retry strategy they set.
	 * @param builder an {@code HttpComponentsClientHttpRequestFactoryBuilder}
	 * @return the builder without retries
	 */
	static ClientHttpRequestFactoryBuilder<?> withoutAutomaticRetries(ClientHttpRequestFactoryBuilder<?> builder) {
		return ((HttpComponentsClientHttpRequestFactoryBuilder) builder)
			.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries);
	}

	/**
	 * Returns a factory on the same Apache client whose requests {@link CallDeadline} can
	 * cancel.
	 * @param built an {@code HttpComponentsClientHttpRequestFactory}
	 * @return the factory to use
	 */
	static ClientHttpRequestFactory cancellable(ClientHttpRequestFactory built) {
		return new CancellableRequestFactory(((HttpComponentsClientHttpRequestFactory) built).getHttpClient());
	}

	/**
	 * Apache requests that the deadline cancels, which closes their connection.
	 */
	static final class CancellableRequestFactory extends HttpComponentsClientHttpRequestFactory {

		CancellableRequestFactory(HttpClient httpClient) {
			super(httpClient);
		}

		@Override
		protected ClassicHttpRequest createHttpUriRequest(HttpMethod httpMethod, URI uri) {
			ClassicHttpRequest request = super.createHttpUriRequest(httpMethod, uri);
			if (request instanceof Cancellable cancellable) {
				CallDeadline.onAbort(cancellable::cancel);
			}
			return request;
		}

	}

}
