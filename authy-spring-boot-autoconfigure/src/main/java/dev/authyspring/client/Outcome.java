package dev.authyspring.client;

import java.util.Locale;

/**
 * How a call ended, as recorded in the {@code outcome} observation key.
 */
enum Outcome {

	/** Authy answered OK. */
	SUCCESS,

	/** A normal negative answer: wrong token or code. */
	INVALID,

	/** Authy did not send an SMS or call because the user has the app. */
	IGNORED,

	/** An error answer or no answer. */
	ERROR;

	private final String tag = name().toLowerCase(Locale.ROOT);

	String tag() {
		return this.tag;
	}

}
