package dev.authyspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Options for verifying a token.
 *
 * @param force whether to verify even before the user completed registration (Authy
 * otherwise accepts any token until then)
 * @param action the custom action the token was sent for, if any
 */
public record VerifyOptions(boolean force, @Nullable String action) {

	/** Forced verification, no action: what {@code verify(id, token)} uses. */
	public static final VerifyOptions DEFAULTS = new VerifyOptions(true, null);

}
