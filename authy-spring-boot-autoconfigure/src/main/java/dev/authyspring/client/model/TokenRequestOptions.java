package dev.authyspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Options for sending a token by SMS or voice call.
 *
 * @param force whether to send even when the user has the Authy app (otherwise Authy
 * ignores the request and the user reads the code in the app)
 * @param action a custom action the token is bound to; it must be passed again when
 * verifying
 * @param actionMessage text describing the action
 * @param locale the language of the message, such as {@code es}
 */
public record TokenRequestOptions(boolean force, @Nullable String action, @Nullable String actionMessage,
		@Nullable String locale) {

	/** No options: not forced, no action, default language. */
	public static final TokenRequestOptions DEFAULTS = new TokenRequestOptions(false, null, null, null);

	/** Forced delivery, even to users of the Authy app. */
	public static final TokenRequestOptions FORCED = new TokenRequestOptions(true, null, null, null);

}
