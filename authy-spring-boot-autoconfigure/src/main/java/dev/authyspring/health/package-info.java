/**
 * Health indicator for the Authy API.
 */
@NullMarked
package dev.authyspring.health;

import org.jspecify.annotations.NullMarked;
