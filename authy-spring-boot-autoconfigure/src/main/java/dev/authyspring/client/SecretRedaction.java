package dev.authyspring.client;

import org.jspecify.annotations.Nullable;

/**
 * Replaces the API key in text that came from the network, before it reaches an exception
 * message or a log line: a proxy's error page, or a misbehaving server, may echo the
 * request headers.
 */
final class SecretRedaction {

	static final String REPLACEMENT = "<api-key>";

	/** Shorter keys are not redacted: they would blank out ordinary words. */
	private static final int MIN_LENGTH = 8;

	private final @Nullable String secret;

	SecretRedaction(@Nullable String secret) {
		this.secret = (secret != null && secret.length() >= MIN_LENGTH) ? secret : null;
	}

	String apply(String text) {
		return (this.secret != null && text.contains(this.secret)) ? text.replace(this.secret, REPLACEMENT) : text;
	}

	@Override
	public String toString() {
		return "SecretRedaction[<hidden>]";
	}

}
