/**
 * Two-factor login sample application built on the Authy starter.
 */
@NullMarked
package dev.authyspring.sample;

import org.jspecify.annotations.NullMarked;
