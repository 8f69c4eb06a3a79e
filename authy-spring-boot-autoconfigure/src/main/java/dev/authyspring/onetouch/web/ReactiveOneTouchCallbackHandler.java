package dev.authyspring.onetouch.web;

import java.net.URI;

import dev.authyspring.onetouch.CallbackReply;
import dev.authyspring.onetouch.CallbackRequest;
import dev.authyspring.onetouch.OneTouchCallbackProcessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The OneTouch callback endpoint of a reactive application: reads at most
 * {@link OneTouchCallbackProcessor#MAX_BODY_SIZE} + 1 bytes of the body, hands the
 * request to the {@link OneTouchCallbackProcessor} off the event loop (its nonce store
 * and listeners may block), and answers its reply with no body. Meant to be routed to the
 * callback path for every method.
 */
public class ReactiveOneTouchCallbackHandler implements HandlerFunction<ServerResponse> {

	private static final byte[] NO_BODY = {};

	private final OneTouchCallbackProcessor processor;

	private final Scheduler scheduler;

	/**
	 * Creates a handler that processes on Reactor's bounded elastic scheduler.
	 * @param processor processes the callbacks
	 */
	public ReactiveOneTouchCallbackHandler(OneTouchCallbackProcessor processor) {
		this(processor, Schedulers.boundedElastic());
	}

	/**
	 * Creates a handler.
	 * @param processor processes the callbacks
	 * @param scheduler where the processor runs, never an event loop
	 */
	public ReactiveOneTouchCallbackHandler(OneTouchCallbackProcessor processor, Scheduler scheduler) {
		this.processor = processor;
		this.scheduler = scheduler;
	}

	@Override
	public Mono<ServerResponse> handle(ServerRequest request) {
		String method = request.method().name();
		long contentLength = request.headers().contentLength().orElse(-1);
		Mono<Body> body = CallbackRequest.wantsBody(method, contentLength) ? readBody(request)
				: Mono.just(new Body(NO_BODY, contentLength));
		return body.publishOn(this.scheduler)
			.map((read) -> this.processor.process(callback(request, method, read)))
			.flatMap(ReactiveOneTouchCallbackHandler::respond);
	}

	private static Mono<Body> readBody(ServerRequest request) {
		long declared = request.headers().contentLength().orElse(-1);
		return DataBufferUtils
			.join(request.body(BodyExtractors.toDataBuffers()), OneTouchCallbackProcessor.MAX_BODY_SIZE)
			.map((buffer) -> new Body(bytes(buffer), declared))
			.defaultIfEmpty(new Body(NO_BODY, declared))
			// Over the limit: answered 413 without reading the rest.
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> Mono.just(new Body(NO_BODY, OneTouchCallbackProcessor.MAX_BODY_SIZE + 1L)))
			.onErrorResume((ex) -> !(ex instanceof DataBufferLimitException),
					(ex) -> Mono.just(new Body(null, declared)));
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private static CallbackRequest callback(ServerRequest request, String method, Body body) {
		URI uri = request.uri();
		// The signature covers the URL Authy called, without the query; behind a proxy it
		// is only right with forwarded headers applied (server.forward-headers-strategy).
		String url = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
		return new CallbackRequest(method, url, (name) -> request.headers().firstHeader(name), uri.getRawQuery(),
				body.bytes(), body.contentLength(), uri.getRawPath().indexOf(';') >= 0);
	}

	private static Mono<ServerResponse> respond(CallbackReply reply) {
		return ServerResponse.status(reply.status())
			.headers((headers) -> reply.headers().forEach(headers::set))
			.build();
	}

	private record Body(byte @Nullable [] bytes, long contentLength) {

	}

}
