package dev.authyspring.client.model;

import dev.authyspring.core.internal.Masking;

/**
 * The one rule for Authy's messages in these records: a record holds the message as Authy
 * sent it, so that an application can show or compare it, and its {@code toString()}
 * masks the phone numbers and email addresses Authy echoes in it, so that logging a
 * record leaks neither.
 */
final class ServerMessages {

	private ServerMessages() {
	}

	static String masked(String message) {
		return Masking.personalDataIn(message);
	}

}
