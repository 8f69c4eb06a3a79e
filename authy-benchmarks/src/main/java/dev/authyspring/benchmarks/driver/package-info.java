/**
 * The load driver: worker threads, phases, latency histograms and JVM counters.
 */
@NullMarked
package dev.authyspring.benchmarks.driver;

import org.jspecify.annotations.NullMarked;
