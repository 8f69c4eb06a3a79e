/**
 * Support shared by the starter's modules and the simulator. Not API: these types may
 * change or go in any release, so applications should not use them.
 */
@NullMarked
package dev.authyspring.core.internal;

import org.jspecify.annotations.NullMarked;
