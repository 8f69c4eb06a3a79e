/**
 * Benchmarks of the Authy starter against raw HTTP baselines and authy-java; started by
 * {@code authy-benchmarks/run.sh}, never by the build.
 */
@NullMarked
package dev.authyspring.benchmarks;

import org.jspecify.annotations.NullMarked;
