/**
 * Spring test support: {@link dev.authyspring.simulator.spring.EnableAuthySimulator}
 * starts a simulator per test application context and points {@code authy.*} at it.
 * Loaded only by the Spring TestContext framework, so the standalone jar runs without
 * Spring.
 */
@NullMarked
package dev.authyspring.simulator.spring;

import org.jspecify.annotations.NullMarked;
