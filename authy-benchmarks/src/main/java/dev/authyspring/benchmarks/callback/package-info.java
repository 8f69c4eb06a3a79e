/**
 * Load test of the OneTouch callback endpoint.
 */
@NullMarked
package dev.authyspring.benchmarks.callback;

import org.jspecify.annotations.NullMarked;
