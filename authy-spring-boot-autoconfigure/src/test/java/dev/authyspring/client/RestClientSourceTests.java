package dev.authyspring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link RestClientSource}: the one way the client's {@link RestClient} is
 * made.
 */
class RestClientSourceTests {

	private final ClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();

	private final List<String> steps = new CopyOnWriteArrayList<>();

	@Test
	void nothingRunsUntilTheRestClientIsNeeded() {
		RestClientSource source = source(null, List.of(step("preparation")), List.of(step("customization")));
		assertThat(this.steps).isEmpty();
		assertThat(source.get()).isSameAs(source.get());
		assertThat(this.steps).containsExactly("preparation", "customization");
	}

	@Test
	void configuringFirstRunsTheStepsOnceAndTheRestClientIsBuiltLater() {
		RestClientSource source = source(null, List.of(step("preparation")), List.of(step("customization")));
		source.configure();
		source.configure();
		assertThat(this.steps).containsExactly("preparation", "customization");
		assertThat(source).hasToString("RestClientSource[not built yet, apiKey=<hidden>]");
		source.get();
		assertThat(this.steps).containsExactly("preparation", "customization");
		assertThat(source).hasToString("RestClientSource[built, apiKey=<hidden>]");
	}

	@Test
	void aGivenBuilderIsCopiedNotChanged() {
		RestClient.Builder given = RestClient.builder();
		List<RestClient.Builder> seen = new ArrayList<>();
		source(given, List.of(seen::add), List.of()).get();
		assertThat(seen).singleElement().isNotSameAs(given);
	}

	@Test
	void aFailedConfigurationIsRetriedFromAFreshCopy() {
		AtomicBoolean fail = new AtomicBoolean(true);
		List<RestClient.Builder> seen = new ArrayList<>();
		RestClientSource source = source(RestClient.builder(), List.of((builder) -> {
			seen.add(builder);
			if (fail.getAndSet(false)) {
				throw new IllegalArgumentException("broken preparation");
			}
		}), List.of());
		assertThatIllegalStateException().isThrownBy(source::get)
			.withMessage("Could not build the Authy client's RestClient: java.lang.IllegalArgumentException: "
					+ "broken preparation")
			.withCauseInstanceOf(IllegalArgumentException.class);
		assertThat(source.get()).isNotNull();
		assertThat(seen).hasSize(2);
		assertThat(seen.get(0)).isNotSameAs(seen.get(1));
	}

	@Test
	void concurrentFirstCallsConfigureAndBuildOnce() throws Exception {
		RestClientSource source = source(null, List.of(step("preparation")), List.of());
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<RestClient>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(executor.submit(() -> {
					start.await();
					return source.get();
				}));
			}
			start.countDown();
			RestClient first = calls.get(0).get(10, TimeUnit.SECONDS);
			for (Future<RestClient> call : calls) {
				assertThat(call.get(10, TimeUnit.SECONDS)).isSameAs(first);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.steps).containsExactly("preparation");
	}

	private RestClientSource source(RestClient.Builder start, List<Consumer<RestClient.Builder>> preparations,
			List<Consumer<RestClient.Builder>> customizations) {
		return new RestClientSource(start, preparations, this.requestFactory, "RestClientSourceTestsKey",
				customizations);
	}

	private Consumer<RestClient.Builder> step(String name) {
		return (builder) -> this.steps.add(name);
	}

}
