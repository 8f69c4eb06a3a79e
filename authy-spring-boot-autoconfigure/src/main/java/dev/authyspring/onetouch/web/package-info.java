/**
 * Servlet endpoint that receives signed OneTouch callbacks.
 */
@NullMarked
package dev.authyspring.onetouch.web;

import org.jspecify.annotations.NullMarked;
