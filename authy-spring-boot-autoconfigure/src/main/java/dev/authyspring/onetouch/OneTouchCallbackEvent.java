package dev.authyspring.onetouch;

/**
 * Published once for every verified, fresh and new OneTouch callback. Listen with
 * {@code @EventListener}; a listener that throws makes the endpoint answer 500 so that
 * Authy's redelivery is processed again.
 *
 * @param callback the callback
 */
public record OneTouchCallbackEvent(OneTouchCallback callback) {

	public OneTouchCallbackEvent {
		if (callback == null) {
			throw new IllegalArgumentException("'callback' must not be null");
		}
	}

}
