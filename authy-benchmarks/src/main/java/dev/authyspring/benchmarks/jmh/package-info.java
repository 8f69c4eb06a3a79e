/**
 * JMH microbenchmarks of callback signature verification and response mapping.
 */
@NullMarked
package dev.authyspring.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
