package dev.authyspring.onetouch.web;

/**
 * Where the OneTouch callback endpoint is mapped and what handles it. Present as a bean
 * whenever the starter maps the endpoint, so that a security configuration can find the
 * path without reading properties.
 *
 * @param path the path, relative to the context path and the servlet path, starting with
 * {@code /}
 * @param handler the handler the path is mapped to
 */
public record OneTouchCallbackEndpoint(String path, OneTouchCallbackHandler handler) {

	public OneTouchCallbackEndpoint {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("'path' must start with '/'");
		}
		if (handler == null) {
			throw new IllegalArgumentException("'handler' must not be null");
		}
	}

}
