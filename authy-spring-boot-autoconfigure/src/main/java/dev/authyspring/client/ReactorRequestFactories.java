package dev.authyspring.client;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ReactorClientHttpRequestFactoryBuilder;

/**
 * Reactor Netty set up for Authy calls; in its own class so that the library is only
 * loaded when it is chosen.
 */
final class ReactorRequestFactories {

	private ReactorRequestFactories() {
	}

	static ClientHttpRequestFactoryBuilder<?> withoutRetry(ClientHttpRequestFactoryBuilder<?> builder) {
		return ((ReactorClientHttpRequestFactoryBuilder) builder)
			.withHttpClientCustomizer((client) -> client.disableRetry(true));
	}

}
