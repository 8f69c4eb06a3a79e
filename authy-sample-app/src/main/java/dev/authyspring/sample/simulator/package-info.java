/**
 * Runs the Authy simulator inside the application when no real API key is used.
 */
@NullMarked
package dev.authyspring.sample.simulator;

import org.jspecify.annotations.NullMarked;
