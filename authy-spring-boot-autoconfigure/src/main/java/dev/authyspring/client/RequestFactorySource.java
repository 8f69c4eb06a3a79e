package dev.authyspring.client;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

/**
 * Builds the HTTP client of Authy calls when the first call needs it: the chosen builder,
 * or Apache HttpClient 5 when present, else {@code HttpURLConnection}, made
 * {@link ResendSafety resend-safe} and given the client's timeouts and SSL bundle.
 *
 * <p>
 * Apache HttpClient is the default because it never re-sends a request, where both JDK
 * clients silently repeat a GET (which can send an SMS) after a connection breaks, and it
 * measured as fast as {@code HttpURLConnection} from four threads up, with less
 * allocation (docs/benchmarks.md). Its presence means the application chose it, so using
 * it changes no other client.
 */
final class RequestFactorySource implements Supplier<ClientHttpRequestFactory> {

	/** The class whose presence makes Apache HttpClient 5 the default. */
	static final String APACHE_HTTP_CLIENT = "org.apache.hc.client5.http.impl.classic.HttpClients";

	private final @Nullable ClientHttpRequestFactoryBuilder<?> builder;

	private final @Nullable ClassLoader classLoader;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	private final @Nullable SslBundle sslBundle;

	RequestFactorySource(@Nullable ClientHttpRequestFactoryBuilder<?> builder, @Nullable ClassLoader classLoader,
			Duration connectTimeout, Duration readTimeout, @Nullable SslBundle sslBundle) {
		this.builder = builder;
		this.classLoader = (classLoader != null) ? classLoader : RequestFactorySource.class.getClassLoader();
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
		this.sslBundle = sslBundle;
	}

	@Override
	public ClientHttpRequestFactory get() {
		HttpClientSettings settings = HttpClientSettings.defaults().withTimeouts(this.connectTimeout, this.readTimeout);
		if (this.sslBundle != null) {
			settings = settings.withSslBundle(this.sslBundle);
		}
		ClientHttpRequestFactoryBuilder<?> chosen = (this.builder != null) ? ResendSafety.applyTo(this.builder)
				: defaultBuilder(this.classLoader);
		return AbortableRequestFactories.of(chosen.build(settings), this.connectTimeout, this.readTimeout,
				this.sslBundle);
	}

	private static ClientHttpRequestFactoryBuilder<?> defaultBuilder(@Nullable ClassLoader classLoader) {
		return ClassUtils.isPresent(APACHE_HTTP_CLIENT, classLoader)
				? HttpComponentsRequestFactories.withoutAutomaticRetries() : ClientHttpRequestFactoryBuilder.simple();
	}

}
