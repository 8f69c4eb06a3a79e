package dev.authyspring.client;

import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The {@link RestClient} of an {@link AuthyClient}, made once, in one way: its builder
 * starts as a copy of the one the client was given, or a new one; the preparations run on
 * it (such as Spring Boot's {@code RestClientCustomizer}s), then the client's own
 * settings (request factory, default headers, observation convention), then the
 * customizations, which may override those settings.
 *
 * <p>
 * The builder is configured when {@link #configure()} or {@link #get()} is first called:
 * creating a {@code RestClient.Builder} looks for the HTTP libraries on the class path,
 * loading their classes, and running the preparations and building the client costs more,
 * start-up time for an application that makes no Authy call while it starts
 * (docs/benchmarks.md).
 */
final class RestClientSource implements Supplier<RestClient> {

	private final RestClient.@Nullable Builder start;

	private final List<Consumer<RestClient.Builder>> preparations;

	private final ClientHttpRequestFactory requestFactory;

	private final String apiKey;

	private final List<Consumer<RestClient.Builder>> customizations;

	// A lock rather than synchronized: a virtual thread must not pin its carrier while
	// the preparations and customizations run.
	private final Lock lock = new ReentrantLock();

	private RestClient.@Nullable Builder configured;

	private volatile @Nullable RestClient restClient;

	/**
	 * Creates a source.
	 * @param start the builder to start from, copied for each attempt to configure it, or
	 * {@code null} for a new one
	 * @param preparations run first
	 * @param requestFactory the client's HTTP client
	 * @param apiKey the API key, sent in its header
	 * @param customizations run last
	 */
	RestClientSource(RestClient.@Nullable Builder start, List<Consumer<RestClient.Builder>> preparations,
			ClientHttpRequestFactory requestFactory, String apiKey, List<Consumer<RestClient.Builder>> customizations) {
		this.start = start;
		this.preparations = List.copyOf(preparations);
		this.requestFactory = requestFactory;
		this.apiKey = apiKey;
		this.customizations = List.copyOf(customizations);
	}

	/**
	 * Configures the builder now, if it was not yet: runs the preparations and the
	 * customizations.
	 * @throws IllegalStateException if one of them failed, with its cause
	 */
	void configure() {
		this.lock.lock();
		try {
			configured();
		}
		catch (RuntimeException ex) {
			throw failure(ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Returns the client's {@link RestClient}, configuring and building it on the first
	 * call.
	 * @return the RestClient
	 * @throws IllegalStateException if it could not be built, with the cause
	 */
	@Override
	public RestClient get() {
		RestClient client = this.restClient;
		return (client != null) ? client : build();
	}

	private RestClient build() {
		this.lock.lock();
		try {
			RestClient client = this.restClient;
			if (client == null) {
				client = configured().build();
				this.restClient = client;
			}
			return client;
		}
		catch (RuntimeException ex) {
			throw failure(ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	private RestClient.Builder configured() {
		RestClient.Builder builder = this.configured;
		if (builder == null) {
			// A copy per attempt: one that failed half-way leaves nothing behind.
			builder = (this.start != null) ? this.start.clone() : RestClient.builder();
			for (Consumer<RestClient.Builder> preparation : this.preparations) {
				preparation.accept(builder);
			}
			applySettings(builder);
			for (Consumer<RestClient.Builder> customization : this.customizations) {
				customization.accept(builder);
			}
			this.configured = builder;
		}
		return builder;
	}

	private static IllegalStateException failure(RuntimeException ex) {
		// A preparation or customization that fails names its cause, not the client's
		// code.
		return new ClientUnusableException("Could not build the Authy client's RestClient: " + ex, ex);
	}

	private void applySettings(RestClient.Builder builder) {
		builder.requestFactory(this.requestFactory);
		builder.defaultHeaders((headers) -> {
			headers.set(AuthyClient.API_KEY_HEADER, this.apiKey);
			headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			headers.set(HttpHeaders.USER_AGENT, "authy-spring-boot (Java " + Runtime.version().feature() + ")");
		});
		// Tokens, ids and phone numbers are in Authy's URLs: keep them out of
		// observations.
		builder.observationConvention(new AuthyClientRequestObservationConvention());
	}

	@Override
	public String toString() {
		return "RestClientSource[" + ((this.restClient != null) ? "built" : "not built yet") + ", apiKey=<hidden>]";
	}

}
