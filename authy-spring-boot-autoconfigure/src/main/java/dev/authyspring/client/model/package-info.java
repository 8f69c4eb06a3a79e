/**
 * Request options and response records of the Authy REST API.
 */
@NullMarked
package dev.authyspring.client.model;

import org.jspecify.annotations.NullMarked;
