/**
 * The fault soak: simulated two-factor logins through the Authy factor of Spring
 * Security, against the simulator with faults injected.
 */
@NullMarked
package dev.authyspring.benchmarks.soak;

import org.jspecify.annotations.NullMarked;
