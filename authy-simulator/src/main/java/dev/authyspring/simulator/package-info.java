/**
 * A stateful local Authy API: users, tokens, OneTouch with signed callbacks, phone
 * verification and fault injection, served by the JDK's HTTP server.
 */
@NullMarked
package dev.authyspring.simulator;

import org.jspecify.annotations.NullMarked;
