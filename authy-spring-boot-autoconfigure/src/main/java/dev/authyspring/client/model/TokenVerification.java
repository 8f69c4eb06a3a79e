package dev.authyspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The result of verifying a token. A wrong, expired or reused token is a normal result.
 *
 * @param valid whether the token is valid
 * @param message Authy's message
 * @param errorCode Authy's error code for an invalid token, such as {@code 60020}
 * (invalid) or {@code 60019} (used recently)
 */
public record TokenVerification(boolean valid, String message, @Nullable String errorCode) {
}
