package dev.authyspring.onetouch.web;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;

import dev.authyspring.onetouch.OneTouchCallback;
import dev.authyspring.onetouch.OneTouchCallbackEvent;

/**
 * Listener that records every callback, and can fail once or dawdle for chosen approval
 * requests.
 */
class RecordingListener {

	final List<OneTouchCallback> callbacks = new CopyOnWriteArrayList<>();

	final Set<String> failOnce = ConcurrentHashMap.newKeySet();

	final Set<String> slow = ConcurrentHashMap.newKeySet();

	@EventListener
	void onCallback(OneTouchCallbackEvent event) throws InterruptedException {
		String uuid = event.callback().uuid();
		if (this.slow.contains(uuid)) {
			// Long enough for concurrent deliveries to arrive while this one is in progress.
			Thread.sleep(500);
		}
		if (this.failOnce.remove(uuid)) {
			throw new IllegalStateException("listener failed for " + uuid);
		}
		this.callbacks.add(event.callback());
	}

	List<OneTouchCallback> received(String uuid) {
		return this.callbacks.stream().filter((callback) -> callback.uuid().equals(uuid)).toList();
	}

	void reset() {
		this.callbacks.clear();
		this.failOnce.clear();
		this.slow.clear();
	}

}
