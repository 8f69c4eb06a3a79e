package dev.authyspring.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.AbstractClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Answers every request with the same 200 JSON body, in memory, so that a benchmark sees
 * the client's own cost without any I/O.
 */
final class CannedResponseFactory implements ClientHttpRequestFactory {

	private final byte[] body;

	CannedResponseFactory(byte[] body) {
		this.body = body;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
		return new AbstractClientHttpRequest() {

			@Override
			public HttpMethod getMethod() {
				return method;
			}

			@Override
			public URI getURI() {
				return uri;
			}

			@Override
			protected OutputStream getBodyInternal(HttpHeaders headers) {
				return OutputStream.nullOutputStream();
			}

			@Override
			protected ClientHttpResponse executeInternal(HttpHeaders headers) {
				return new CannedResponse(CannedResponseFactory.this.body);
			}

		};
	}

	private static final class CannedResponse implements ClientHttpResponse {

		private final byte[] body;

		private final HttpHeaders headers = new HttpHeaders();

		CannedResponse(byte[] body) {
			this.body = body;
			this.headers.setContentType(MediaType.APPLICATION_JSON);
			this.headers.setContentLength(body.length);
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatus.OK;
		}

		@Override
		public String getStatusText() {
			return "OK";
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.body);
		}

		@Override
		public void close() {
		}

	}

}
