package dev.authyspring.client.model;

import dev.authyspring.core.internal.Masking;
import org.jspecify.annotations.Nullable;

/**
 * Authy's answer to a request to send a token by SMS or voice call.
 *
 * @param ignored whether Authy did not send it because the user has the app
 * @param cellphone the phone number, as masked by Authy
 * @param message Authy's message
 * @param device the user's app device when the request was ignored
 */
public record TokenRequest(boolean ignored, @Nullable String cellphone, String message, @Nullable String device) {

	@Override
	public String toString() {
		// Authy masks the number already; masking again keeps it out of logs should a
		// server not.
		return "TokenRequest[ignored=" + this.ignored + ", cellphone="
				+ ((this.cellphone != null) ? Masking.phone(this.cellphone) : null) + ", message="
				+ ServerMessages.masked(this.message) + ", device=" + this.device + "]";
	}

}
