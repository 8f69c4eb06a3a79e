/**
 * Real PostgreSQL and Redis servers for the shared nonce stores' tests.
 */
@NullMarked
package dev.authyspring.onetouch.servers;

import org.jspecify.annotations.NullMarked;
