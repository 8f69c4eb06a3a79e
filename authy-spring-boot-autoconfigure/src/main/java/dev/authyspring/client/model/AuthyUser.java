package dev.authyspring.client.model;

/**
 * A registered Authy user.
 *
 * @param id the Authy id, stable for a phone number
 * @param message Authy's message
 */
public record AuthyUser(long id, String message) {

	@Override
	public String toString() {
		return "AuthyUser[id=" + this.id + ", message=" + ServerMessages.masked(this.message) + "]";
	}

}
