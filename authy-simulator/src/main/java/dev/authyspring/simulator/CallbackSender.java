package dev.authyspring.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.authyspring.core.internal.RailsQueryString;
import dev.authyspring.core.onetouch.OneTouchSigner;
import org.jspecify.annotations.Nullable;

/**
 * Delivers signed OneTouch callbacks, one at a time, from a single background thread.
 */
final class CallbackSender implements AutoCloseable {

	private static final Logger logger = Logger.getLogger(CallbackSender.class.getName());

	private final OneTouchSigner signer;

	private final Clock clock;

	private final int timeoutMillis;

	private static final String STOPPED = "simulator is stopped";

	/**
	 * Deliveries not finished yet, so that close() can complete them: nobody waits
	 * forever.
	 */
	private final Set<CompletableFuture<CallbackResult>> pending = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "authy-simulator-callbacks");
		thread.setDaemon(true);
		return thread;
	});

	CallbackSender(String apiKey, Clock clock, Duration timeout) {
		this.signer = new OneTouchSigner(apiKey);
		this.clock = clock;
		this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
	}

	CompletableFuture<CallbackResult> send(@Nullable Target target, Map<String, @Nullable Object> payload) {
		return send(target, payload, Duration.ZERO);
	}

	/**
	 * Delivers a callback after a delay; the deliveries that follow are not held up by
	 * it.
	 */
	CompletableFuture<CallbackResult> send(@Nullable Target target, Map<String, @Nullable Object> payload,
			Duration delay) {
		if (target == null) {
			return CompletableFuture.completedFuture(CallbackResult.notConfigured());
		}
		CompletableFuture<CallbackResult> result = new CompletableFuture<>();
		this.pending.add(result);
		try {
			this.executor.schedule(() -> {
				try {
					result.complete(deliver(target, payload));
				}
				finally {
					this.pending.remove(result);
				}
			}, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			this.pending.remove(result);
			result.complete(CallbackResult.failed(STOPPED));
		}
		return result;
	}

	private CallbackResult deliver(Target target, Map<String, @Nullable Object> payload) {
		String url = target.url().toString();
		String canonical = RailsQueryString.of(payload);
		String nonce = Long.toString(this.clock.instant().getEpochSecond());
		String signature = this.signer.sign(nonce, target.method().name(), url, canonical);
		HttpURLConnection connection = null;
		try {
			URI requestUri = (target.method() == CallbackMethod.GET) ? URI.create(url + "?" + canonical) : target.url();
			connection = (HttpURLConnection) requestUri.toURL().openConnection();
			connection.setConnectTimeout(this.timeoutMillis);
			connection.setReadTimeout(this.timeoutMillis);
			connection.setInstanceFollowRedirects(false);
			connection.setUseCaches(false);
			connection.setRequestMethod(target.method().name());
			connection.setRequestProperty("X-Authy-Signature", signature);
			connection.setRequestProperty("X-Authy-Signature-Nonce", nonce);
			connection.setRequestProperty("User-Agent", "AuthySimulator");
			if (target.method() == CallbackMethod.POST) {
				byte[] body = Json.write(payload);
				connection.setDoOutput(true);
				connection.setRequestProperty("Content-Type", "application/json");
				connection.setFixedLengthStreamingMode(body.length);
				try (OutputStream out = connection.getOutputStream()) {
					out.write(body);
				}
			}
			int status = connection.getResponseCode();
			drain(connection, status);
			return new CallbackResult(true, status, null);
		}
		catch (IOException | RuntimeException ex) {
			logger.log(Level.INFO, "OneTouch callback to {0} failed: {1}",
					new Object[] { target.url().getHost(), ex.getClass().getSimpleName() });
			return CallbackResult.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		finally {
			if (connection != null) {
				connection.disconnect();
			}
		}
	}

	private static void drain(HttpURLConnection connection, int status) throws IOException {
		try (InputStream in = (status >= 400) ? connection.getErrorStream() : connection.getInputStream()) {
			if (in != null) {
				in.readNBytes(64 * 1024);
			}
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		for (CompletableFuture<CallbackResult> result : this.pending) {
			result.complete(CallbackResult.failed(STOPPED));
		}
	}

	/**
	 * Where callbacks go.
	 */
	record Target(URI url, CallbackMethod method) {
	}

}
