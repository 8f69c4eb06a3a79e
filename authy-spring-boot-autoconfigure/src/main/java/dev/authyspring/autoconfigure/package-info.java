/**
 * Auto-configuration of the Authy API client.
 */
@NullMarked
package dev.authyspring.autoconfigure;

import org.jspecify.annotations.NullMarked;
