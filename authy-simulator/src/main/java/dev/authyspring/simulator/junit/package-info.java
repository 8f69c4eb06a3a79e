/**
 * JUnit Jupiter support: {@link dev.authyspring.simulator.junit.AuthySimulatorExtension}
 * gives each test class a running simulator.
 */
@NullMarked
package dev.authyspring.simulator.junit;

import org.jspecify.annotations.NullMarked;
