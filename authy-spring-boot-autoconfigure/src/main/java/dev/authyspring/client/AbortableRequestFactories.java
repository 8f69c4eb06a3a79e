package dev.authyspring.client;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.time.Duration;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

/**
 * Request factories whose exchanges {@link CallDeadline} can abort: Apache HttpClient's
 * requests are cancelled, {@code HttpURLConnection}s disconnected. Other clients bound an
 * exchange only by their own timeouts; the deadline then still stops any further attempt.
 */
final class AbortableRequestFactories {

	private static final String HTTP_COMPONENTS = "org.springframework.http.client.HttpComponentsClientHttpRequestFactory";

	private static final String BOOT_SIMPLE_FACTORY = "org.springframework.boot.http.client.SimpleClientHttpRequestFactoryBuilder$";

	private AbortableRequestFactories() {
	}

	/**
	 * Returns a factory like the given one whose exchanges can be aborted.
	 * @param built the factory built from the client's settings
	 * @param connectTimeout the connect timeout it was built with
	 * @param readTimeout the read timeout it was built with
	 * @param sslBundle the SSL bundle it was built with, if any
	 * @return the factory to use
	 */
	static ClientHttpRequestFactory of(ClientHttpRequestFactory built, Duration connectTimeout, Duration readTimeout,
			@Nullable SslBundle sslBundle) {
		// Spring's factory, or the subclass Boot builds, which only adds the SSL bundle,
		// applied here too; any other subclass is the caller's and is kept.
		if (built.getClass() == SimpleClientHttpRequestFactory.class
				|| built.getClass().getName().startsWith(BOOT_SIMPLE_FACTORY)) {
			DisconnectingRequestFactory factory = new DisconnectingRequestFactory(
					(sslBundle != null) ? sslBundle.createSslContext().getSocketFactory() : null);
			factory.setConnectTimeout(connectTimeout);
			factory.setReadTimeout(readTimeout);
			return factory;
		}
		// By name: the class links against Apache HttpClient, which may be absent.
		if (built.getClass().getName().equals(HTTP_COMPONENTS)) {
			return HttpComponentsRequestFactories.cancellable(built);
		}
		return built;
	}

	/**
	 * {@code HttpURLConnection} requests that the deadline disconnects.
	 */
	static final class DisconnectingRequestFactory extends SimpleClientHttpRequestFactory {

		private final @Nullable SSLSocketFactory socketFactory;

		DisconnectingRequestFactory(@Nullable SSLSocketFactory socketFactory) {
			this.socketFactory = socketFactory;
		}

		@Override
		protected void prepareConnection(HttpURLConnection connection, String httpMethod) throws IOException {
			super.prepareConnection(connection, httpMethod);
			if (this.socketFactory != null && connection instanceof HttpsURLConnection secure) {
				secure.setSSLSocketFactory(this.socketFactory);
			}
			CallDeadline.onAbort(connection::disconnect);
		}

	}

}
