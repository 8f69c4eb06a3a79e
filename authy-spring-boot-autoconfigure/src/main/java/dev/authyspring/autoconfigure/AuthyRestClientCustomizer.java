package dev.authyspring.autoconfigure;

import org.springframework.web.client.RestClient;

/**
 * Customizes the {@link RestClient.Builder} of the Authy client only. Runs after the
 * starter's own settings, so it can install another request factory, a proxy or an
 * interceptor.
 */
@FunctionalInterface
public interface AuthyRestClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param restClientBuilder the Authy client's builder
	 */
	void customize(RestClient.Builder restClientBuilder);

}
