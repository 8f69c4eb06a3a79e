package dev.authyspring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

/**
 * A request of Spring's {@code HttpURLConnection} factory whose response closes its body
 * without draining it first.
 *
 * <p>
 * Spring's response drains the body on close through {@code InputStream.transferTo},
 * which allocates an 8 KiB buffer on every call, even for a body already read to its end:
 * a quarter of what an Authy call allocated (docs/benchmarks.md). The Authy client reads
 * every body to its end, and closing an {@code HttpURLConnection} body there returns the
 * connection to the keep-alive cache just as draining does. A body left unread is left to
 * {@code HttpURLConnection}, which skips the rest if it has all arrived, else drains it
 * on its cleaner thread or closes the connection, and never blocks the caller on it.
 * Other HTTP clients release their connection in their own {@code close()} and are not
 * wrapped.
 */
final class BodyClosingRequest implements ClientHttpRequest, StreamingHttpOutputMessage {

	private final ClientHttpRequest request;

	private BodyClosingRequest(ClientHttpRequest request) {
		this.request = request;
	}

	/**
	 * Wraps a request if it comes from Spring's {@code HttpURLConnection} factory.
	 * @param factory the factory that created the request
	 * @param request the request
	 * @return the request to use
	 */
	static ClientHttpRequest of(ClientHttpRequestFactory factory, ClientHttpRequest request) {
		// Streaming, so that RestClient writes a body straight to the connection, as it
		// does to Spring's request.
		return (factory instanceof SimpleClientHttpRequestFactory && request instanceof StreamingHttpOutputMessage)
				? new BodyClosingRequest(request) : request;
	}

	@Override
	public HttpMethod getMethod() {
		return this.request.getMethod();
	}

	@Override
	public URI getURI() {
		return this.request.getURI();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.request.getAttributes();
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.request.getHeaders();
	}

	@Override
	public OutputStream getBody() throws IOException {
		return this.request.getBody();
	}

	@Override
	public void setBody(Body body) {
		((StreamingHttpOutputMessage) this.request).setBody(body);
	}

	@Override
	public ClientHttpResponse execute() throws IOException {
		return new Response(this.request.execute());
	}

	private static final class Response implements ClientHttpResponse {

		private final ClientHttpResponse response;

		Response(ClientHttpResponse response) {
			this.response = response;
		}

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return this.response.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return this.response.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.response.getHeaders();
		}

		@Override
		public InputStream getBody() throws IOException {
			return this.response.getBody();
		}

		@Override
		public void close() {
			try {
				this.response.getBody().close();
			}
			catch (Exception ex) {
				// As Spring's response: there is nothing left to do with a body that
				// cannot be closed.
			}
		}

	}

}
