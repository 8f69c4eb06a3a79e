package dev.authyspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Phone intelligence about a number.
 *
 * @param type the kind of line
 * @param provider the carrier, if known
 * @param ported whether the number was ported
 * @param message Authy's message
 */
public record PhoneInfo(PhoneType type, @Nullable String provider, boolean ported, String message) {

	@Override
	public String toString() {
		return "PhoneInfo[type=" + this.type + ", provider=" + this.provider + ", ported=" + this.ported + ", message="
				+ ServerMessages.masked(this.message) + "]";
	}

}
