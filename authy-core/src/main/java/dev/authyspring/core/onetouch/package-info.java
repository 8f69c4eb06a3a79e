/**
 * OneTouch callback signatures: the parameters of a callback, their canonical form,
 * signing, verification and nonce freshness, with no Spring types.
 * {@link dev.authyspring.core.onetouch.OneTouchSigner} and
 * {@link dev.authyspring.core.onetouch.CallbackParameters} also serve tests that send
 * signed callbacks.
 */
@NullMarked
package dev.authyspring.core.onetouch;

import org.jspecify.annotations.NullMarked;
