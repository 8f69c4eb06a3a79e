package dev.authyspring.client.model;

/**
 * The QR code of a user's authenticator-app secret.
 *
 * @param url the address of the QR code image
 * @param message Authy's message
 */
public record QrCode(String url, String message) {

	@Override
	public String toString() {
		// The image encodes the user's TOTP secret.
		return "QrCode[url=<hidden>]";
	}

}
