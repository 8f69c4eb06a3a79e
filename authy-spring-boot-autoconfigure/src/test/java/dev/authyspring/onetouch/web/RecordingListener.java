package dev.authyspring.onetouch.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.authyspring.onetouch.OneTouchCallback;
import dev.authyspring.onetouch.OneTouchCallbackEvent;

import org.springframework.context.event.EventListener;

/**
 * Listener that records every callback, and can fail once or hold a delivery for chosen
 * approval requests.
 */
class RecordingListener {

	final List<OneTouchCallback> callbacks = new CopyOnWriteArrayList<>();

	final Set<String> failOnce = ConcurrentHashMap.newKeySet();

	final List<String> threads = new CopyOnWriteArrayList<>();

	private final Map<String, Gate> held = new ConcurrentHashMap<>();

	@EventListener
	void onCallback(OneTouchCallbackEvent event) throws InterruptedException {
		String uuid = event.callback().uuid();
		this.threads.add(Thread.currentThread().getName());
		Gate gate = this.held.remove(uuid);
		if (gate != null) {
			gate.entered.countDown();
			if (!gate.proceed.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("test never let " + uuid + " proceed");
			}
		}
		if (this.failOnce.remove(uuid)) {
			throw new IllegalStateException("listener failed for " + uuid);
		}
		this.callbacks.add(event.callback());
	}

	List<OneTouchCallback> received(String uuid) {
		return this.callbacks.stream().filter((callback) -> callback.uuid().equals(uuid)).toList();
	}

	/**
	 * Holds the next delivery of an approval request inside the listener until the test
	 * opens the gate, so that other deliveries arrive while it is in progress.
	 * @param uuid the approval request
	 * @return the gate
	 */
	Gate hold(String uuid) {
		Gate gate = new Gate();
		this.held.put(uuid, gate);
		return gate;
	}

	void reset() {
		this.callbacks.clear();
		this.failOnce.clear();
		this.threads.clear();
		this.held.values().forEach(Gate::open);
		this.held.clear();
	}

	static final class Gate {

		private final CountDownLatch entered = new CountDownLatch(1);

		private final CountDownLatch proceed = new CountDownLatch(1);

		void awaitEntered() throws InterruptedException {
			if (!this.entered.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the delivery never reached the listener");
			}
		}

		void open() {
			this.proceed.countDown();
		}

	}

}
