/**
 * Context refresh time with and without the starter.
 */
@NullMarked
package dev.authyspring.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
