/**
 * Markdown tables and target checks for docs/benchmarks.md.
 */
@NullMarked
package dev.authyspring.benchmarks.report;

import org.jspecify.annotations.NullMarked;
