/**
 * The clients compared, each behind
 * {@link dev.authyspring.benchmarks.clients.BenchClient}.
 */
@NullMarked
package dev.authyspring.benchmarks.clients;

import org.jspecify.annotations.NullMarked;
