package dev.authyspring.security;

import java.io.IOException;

import dev.authyspring.onetouch.web.OneTouchCallbackHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands OneTouch callbacks to their handler ahead of authorization: Authy's signature,
 * which the handler checks, is the caller's authentication.
 */
final class OneTouchCallbackFilter extends OncePerRequestFilter {

	private final RequestMatcher callback;

	private final OneTouchCallbackHandler handler;

	OneTouchCallbackFilter(RequestMatcher callback, OneTouchCallbackHandler handler) {
		this.callback = callback;
		this.handler = handler;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.callback.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		this.handler.handleRequest(request, response);
	}

}
