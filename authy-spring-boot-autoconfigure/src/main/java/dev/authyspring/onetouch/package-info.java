/**
 * OneTouch callbacks: the container-neutral processor that verifies, checks freshness,
 * claims the nonce and publishes the event, the event types, and the nonce stores.
 */
@NullMarked
package dev.authyspring.onetouch;

import org.jspecify.annotations.NullMarked;
