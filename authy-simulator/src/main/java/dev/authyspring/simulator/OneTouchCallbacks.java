package dev.authyspring.simulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * Sends the OneTouch callback of each decision to the URL configured at that moment, as
 * the faults for {@link Endpoint#CALLBACK} say: delayed, twice, or as is.
 */
final class OneTouchCallbacks implements AutoCloseable {

	private final CallbackSender sender;

	private final FaultInjector faults;

	private final AtomicReference<CallbackSender.@Nullable Target> target = new AtomicReference<>();

	OneTouchCallbacks(String apiKey, Clock clock, Duration timeout, FaultInjector faults) {
		this.sender = new CallbackSender(apiKey, clock, timeout);
		this.faults = faults;
	}

	void target(URI url, CallbackMethod method) {
		this.target.set(new CallbackSender.Target(url, method));
	}

	void clearTarget() {
		this.target.set(null);
	}

	/**
	 * Sends a callback; completes at once when no URL is configured.
	 */
	CompletableFuture<CallbackResult> send(Map<String, @Nullable Object> payload) {
		CallbackSender.Target target = this.target.get();
		Fault fault = this.faults.take(Endpoint.CALLBACK);
		if (fault != null && fault.type() == Fault.Type.DUPLICATE) {
			// As Authy may: the same callback twice; the result is the better of the two.
			CompletableFuture<CallbackResult> first = this.sender.send(target, payload);
			CompletableFuture<CallbackResult> second = this.sender.send(target, payload);
			return first.thenCombine(second, (a, b) -> a.successful() ? a : b);
		}
		Duration delay = (fault != null && fault.type() == Fault.Type.LATENCY) ? fault.delay() : Duration.ZERO;
		return this.sender.send(target, payload, delay);
	}

	/**
	 * Stops delivering; deliveries not finished complete as failed.
	 */
	@Override
	public void close() {
		this.sender.close();
	}

}
