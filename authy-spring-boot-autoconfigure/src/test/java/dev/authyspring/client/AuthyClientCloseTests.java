package dev.authyspring.client;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link AuthyClient#close()}: the HTTP client the Authy client built is released,
 * and a {@link AuthyClient#withRetry copy} does not release the shared one.
 */
class AuthyClientCloseTests {

	@Test
	void closeReleasesTheApacheHttpClientItBuilt() {
		AuthyClient client = AuthyClient.builder()
			.apiKey("close-key")
			.requestFactoryBuilder(HttpComponentsRequestFactories.withoutAutomaticRetries())
			.build();
		DeferredRequestFactory deferred = (DeferredRequestFactory) ReflectionTestUtils.getField(client,
				"ownedRequestFactory");
		assertThat(deferred).isNotNull();
		HttpComponentsClientHttpRequestFactory factory = (HttpComponentsClientHttpRequestFactory) deferred.get();
		assertThat(factory).isNotNull();
		CloseableHttpClient httpClient = (CloseableHttpClient) factory.getHttpClient();
		client.withRetry(RetrySettings.NONE).close();
		assertThat(ReflectionTestUtils.getField(ReflectionTestUtils.getField(httpClient, "connManager"), "closed"))
			.hasToString("false");
		client.close();
		assertThat(ReflectionTestUtils.getField(ReflectionTestUtils.getField(httpClient, "connManager"), "closed"))
			.hasToString("true");
	}

	@Test
	void closeWithTheDefaultHttpClientHasNothingToRelease() {
		assertThatNoException().isThrownBy(() -> AuthyClient.builder().apiKey("close-key").build().close());
	}

}
