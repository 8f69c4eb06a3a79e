package dev.authyspring.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;

import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the classification that allows retrying a call with side effects: only a
 * request that provably never reached the server counts as never sent. A connection that
 * broke after the request was written may have sent an SMS.
 */
class RequestNeverSentTests {

	@Test
	void failuresToConnectMeanTheRequestNeverLeft() {
		assertThat(RetryPolicy.neverSent(wrapped(new ConnectException("Connection refused")))).isTrue();
		assertThat(RetryPolicy.neverSent(wrapped(new UnknownHostException("api.authy.com")))).isTrue();
		assertThat(RetryPolicy.neverSent(wrapped(new NoRouteToHostException("No route to host")))).isTrue();
		assertThat(RetryPolicy.neverSent(wrapped(new HttpConnectTimeoutException("HTTP connect timed out")))).isTrue();
		assertThat(RetryPolicy.neverSent(wrapped(new SocketTimeoutException("Connect timed out")))).isTrue();
	}

	@Test
	void aConnectionThatBrokeOrWentSilentAfterTheRequestMayHaveSentIt() {
		assertThat(RetryPolicy.neverSent(wrapped(new SocketException("Connection reset")))).isFalse();
		assertThat(RetryPolicy.neverSent(wrapped(new SocketException("Broken pipe")))).isFalse();
		assertThat(RetryPolicy.neverSent(wrapped(new NoHttpResponseException("127.0.0.1:8080 failed to respond"))))
			.isFalse();
		assertThat(RetryPolicy.neverSent(wrapped(new SocketTimeoutException("Read timed out")))).isFalse();
		assertThat(RetryPolicy.neverSent(wrapped(new IOException("Premature EOF")))).isFalse();
	}

	private static ResourceAccessException wrapped(IOException cause) {
		return new ResourceAccessException("I/O error on GET request", cause);
	}

}
