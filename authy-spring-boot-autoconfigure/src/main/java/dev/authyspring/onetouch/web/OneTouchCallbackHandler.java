package dev.authyspring.onetouch.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

import dev.authyspring.onetouch.CallbackReply;
import dev.authyspring.onetouch.CallbackRequest;
import dev.authyspring.onetouch.OneTouchCallbackProcessor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.HttpRequestHandler;

/**
 * The OneTouch callback endpoint of a servlet application: hands each request to the
 * {@link OneTouchCallbackProcessor} (which documents the answers) and writes its reply,
 * with no body. Meant to be mapped to the callback path for every method: the processor
 * answers methods other than GET and POST itself.
 */
public class OneTouchCallbackHandler implements HttpRequestHandler {

	private static final Log logger = LogFactory.getLog(OneTouchCallbackHandler.class);

	private final SingletonSupplier<OneTouchCallbackProcessor> processor;

	/**
	 * Creates a handler.
	 * @param processor processes the callbacks
	 */
	public OneTouchCallbackHandler(OneTouchCallbackProcessor processor) {
		this.processor = SingletonSupplier.of(processor);
	}

	/**
	 * Creates a handler that asks for its processor when the first callback arrives, so
	 * that an application pays for the callback core (its classes, keys and metrics) then
	 * rather than at start-up.
	 * @param processor supplies the processor, asked on the first callback (and on the
	 * next one again if it failed)
	 */
	public OneTouchCallbackHandler(Supplier<OneTouchCallbackProcessor> processor) {
		this.processor = SingletonSupplier.of(processor);
	}

	@Override
	public void handleRequest(HttpServletRequest request, HttpServletResponse response) {
		String method = request.getMethod();
		long contentLength = request.getContentLengthLong();
		// The signature covers the URL Authy called. Behind a proxy the request URL is
		// only right when forwarded headers are applied
		// (server.forward-headers-strategy).
		CallbackRequest callback = new CallbackRequest(method, request.getRequestURL().toString(), request::getHeader,
				request.getQueryString(),
				CallbackRequest.wantsBody(method, contentLength) ? readBody(request) : new byte[0], contentLength,
				request.getRequestURI().indexOf(';') >= 0);
		OneTouchCallbackProcessor processor;
		try {
			processor = this.processor.obtain();
		}
		catch (RuntimeException ex) {
			// A processor that cannot be created (two candidates, say) fails this
			// callback, without a body, as every answer is; Authy redelivers it.
			logger.error("The OneTouch callback processor could not be created; answering 500", ex);
			response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
			return;
		}
		CallbackReply reply = processor.process(callback);
		reply.headers().forEach(response::setHeader);
		// setStatus, not sendError: an error page would give the caller a body.
		response.setStatus(reply.status());
	}

	private static byte @Nullable [] readBody(HttpServletRequest request) {
		// One byte past the limit tells an oversized body apart without reading all of
		// it.
		try (InputStream body = request.getInputStream()) {
			return body.readNBytes(OneTouchCallbackProcessor.MAX_BODY_SIZE + 1);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
