package dev.authyspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Options for the QR code of an authenticator-app (TOTP) secret.
 *
 * @param qrSize the image size in pixels, or {@code null} for Authy's default
 * @param label the label shown in the authenticator app, or {@code null}
 */
public record QrCodeOptions(@Nullable Integer qrSize, @Nullable String label) {

	/** Authy's defaults. */
	public static final QrCodeOptions DEFAULTS = new QrCodeOptions(null, null);

}
