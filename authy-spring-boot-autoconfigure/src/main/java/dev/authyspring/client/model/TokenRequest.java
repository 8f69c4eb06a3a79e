package dev.authyspring.client.model;

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
}
