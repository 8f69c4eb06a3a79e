package dev.authyspring.client;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * The client's HTTP client, built on the first request and released on {@link #close()};
 * its {@code HttpURLConnection} requests are {@link BodyClosingRequest}s.
 *
 * <p>
 * Building an HTTP client loads and links classes and, for the JDK and Jetty clients,
 * starts threads: start-up time that an application which does not call Authy while it
 * starts should not pay (see docs/benchmarks.md).
 */
final class DeferredRequestFactory implements ClientHttpRequestFactory, AutoCloseable {

	private final Supplier<? extends ClientHttpRequestFactory> requestFactory;

	// A lock rather than synchronized: a virtual thread must not pin its carrier while
	// the HTTP client is built.
	private final Lock lock = new ReentrantLock();

	private volatile @Nullable ClientHttpRequestFactory built;

	private volatile boolean closed;

	/**
	 * Creates a deferred factory.
	 * @param requestFactory builds the HTTP client, called once
	 */
	DeferredRequestFactory(Supplier<? extends ClientHttpRequestFactory> requestFactory) {
		this.requestFactory = requestFactory;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		ClientHttpRequestFactory factory = get();
		return BodyClosingRequest.of(factory, factory.createRequest(uri, httpMethod));
	}

	/**
	 * Returns the HTTP client, building it on the first call.
	 * @return the HTTP client
	 * @throws IllegalStateException if it was closed, or could not be built
	 */
	ClientHttpRequestFactory get() {
		if (this.closed) {
			// Said here, not by the closed HTTP library in its own words and types.
			throw new ClientUnusableException("The Authy client is closed");
		}
		ClientHttpRequestFactory factory = this.built;
		return (factory != null) ? factory : build();
	}

	private ClientHttpRequestFactory build() {
		this.lock.lock();
		try {
			ClientHttpRequestFactory factory = this.built;
			if (factory != null) {
				return factory;
			}
			if (this.closed) {
				throw new ClientUnusableException("The Authy client is closed");
			}
			try {
				factory = this.requestFactory.get();
			}
			catch (RuntimeException | LinkageError ex) {
				throw new ClientUnusableException("Could not build the Authy client's HTTP client: " + ex, ex);
			}
			this.built = factory;
			return factory;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Releases the connections and threads of the HTTP client, if it was built (Apache
	 * HttpClient and Jetty keep a pool and threads; HttpURLConnection holds nothing to
	 * release). Requests after this fail.
	 */
	@Override
	public void close() {
		ClientHttpRequestFactory factory;
		this.lock.lock();
		try {
			if (this.closed) {
				return;
			}
			this.closed = true;
			factory = this.built;
		}
		finally {
			this.lock.unlock();
		}
		try {
			if (factory instanceof DisposableBean disposable) {
				disposable.destroy();
			}
			else if (factory instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not release the Authy client's HTTP client", ex);
		}
	}

	@Override
	public String toString() {
		ClientHttpRequestFactory factory = this.built;
		return "DeferredRequestFactory[" + ((factory != null) ? factory.getClass().getName() : "not built yet") + "]";
	}

}
