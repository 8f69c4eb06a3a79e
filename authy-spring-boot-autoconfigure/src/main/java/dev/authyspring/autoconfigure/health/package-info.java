/**
 * Auto-configuration of the Authy health indicator.
 */
@NullMarked
package dev.authyspring.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
