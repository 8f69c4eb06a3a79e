package dev.authyspring.simulator;

import org.jspecify.annotations.Nullable;

/**
 * How a code reaches a phone, with the name Authy uses for it in paths and parameters.
 */
enum Channel {

	/** A text message. */
	SMS("sms"),

	/** A voice call. */
	CALL("call");

	private final String wireName;

	Channel(String wireName) {
		this.wireName = wireName;
	}

	String wireName() {
		return this.wireName;
	}

	/**
	 * The channel with a wire name, or {@code null} if there is none.
	 */
	static @Nullable Channel of(String wireName) {
		for (Channel channel : values()) {
			if (channel.wireName.equals(wireName)) {
				return channel;
			}
		}
		return null;
	}

}
