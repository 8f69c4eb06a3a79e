/**
 * Request options and response records of the Authy REST API. A response record holds
 * what Authy sent, messages included; its {@code toString()} masks personal data.
 */
@NullMarked
package dev.authyspring.client.model;

import org.jspecify.annotations.NullMarked;
