/**
 * Home, login, phone verification and admin pages, and what every page shows.
 */
@NullMarked
package dev.authyspring.sample.web;

import org.jspecify.annotations.NullMarked;
