package dev.authyspring.benchmarks.clients;

import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class BenchClientsTests {

	private final StubApi api = new StubApi("http://127.0.0.1:9", "bench-api-key-0123456789abcdef");

	@Test
	void eachOfTheStartersClientsHasItsOwnCopyOfSpring() throws Exception {
		try (BenchClient simple = BenchClients.create(BenchClients.OURS_DEFAULT, this.api);
				BenchClient jdk = BenchClients.create("ours-jdk", this.api)) {
			ClassLoader simpleLoader = simple.getClass().getClassLoader();
			ClassLoader jdkLoader = jdk.getClass().getClassLoader();
			assertThat(simpleLoader).isNotSameAs(jdkLoader).isNotSameAs(BenchClients.class.getClassLoader());
			Class<?> simpleRestClient = simpleLoader.loadClass(RestClient.class.getName());
			assertThat(simpleRestClient).isNotSameAs(RestClient.class)
				.isNotSameAs(jdkLoader.loadClass(RestClient.class.getName()));
			assertThat(simpleLoader.loadClass(BenchClient.class.getName())).isSameAs(BenchClient.class);
		}
	}

	@Test
	void theBaselinesShareTheApplicationsClassLoader() throws Exception {
		try (BenchClient raw = BenchClients.create("raw-huc", this.api)) {
			assertThat(raw.getClass().getClassLoader()).isSameAs(BenchClients.class.getClassLoader());
		}
	}

}
