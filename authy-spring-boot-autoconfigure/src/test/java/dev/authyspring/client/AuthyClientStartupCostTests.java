package dev.authyspring.client;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * Tests that building an {@link AuthyClient} with its default HTTP client, as the
 * auto-configuration does at start-up unless a factory is configured, loads no class of
 * that client or of its request factory builder, nor of the call path (retries, response
 * mapping, observation): that is the first call's work. Each test runs in a class loader
 * of its own, which records every class it loads.
 */
class AuthyClientStartupCostTests {

	@Test
	void buildingAClientLoadsNoHttpClientClasses() throws Exception {
		try (RecordingClassLoader loader = new RecordingClassLoader()) {
			loader.run(BuildAClient.class);
			assertThat(loader.loaded).contains(AuthyClient.class.getName());
			assertThat(loader.loaded).noneMatch((name) -> name.startsWith("org.apache.hc."))
				.noneMatch((name) -> name.startsWith("org.springframework.boot.http.client.HttpComponents"))
				.noneMatch((name) -> name.startsWith("org.springframework.boot.http.client.Simple"));
		}
	}

	@Test
	void buildingAClientWithAPreparationAsTheAutoConfigurationDoesCreatesNoRestClientBuilder() throws Exception {
		try (RecordingClassLoader loader = new RecordingClassLoader()) {
			loader.run(BuildAPreparedClient.class);
			assertThat(loader.loaded).contains(AuthyClient.class.getName());
			assertThat(loader.loaded).noneMatch((name) -> name.startsWith("org.apache.hc."))
				.noneMatch((name) -> name.startsWith("org.springframework.boot.http.client.HttpComponents"))
				.noneMatch((name) -> name.startsWith("org.springframework.boot.http.client.Simple"))
				.doesNotContain("org.springframework.web.client.DefaultRestClientBuilder");
		}
	}

	@Test
	void buildingAClientAndCopyingItWithOtherRetriesSetsUpNoCallPath() throws Exception {
		try (RecordingClassLoader loader = new RecordingClassLoader()) {
			loader.run(BuildAClientAndACopy.class);
			assertThat(loader.loaded).contains(AuthyClient.class.getName(), DeferredAuthyHttp.class.getName())
				.doesNotContain(AuthyHttp.class.getName(), RetryPolicy.class.getName(), ResponseReader.class.getName(),
						AuthyApiException.class.getName(), "io.micrometer.observation.NoopObservationConfig");
		}
	}

	@Test
	void theFirstCallLoadsApacheHttpClientAndTheCallPath() throws Exception {
		try (RecordingClassLoader loader = new RecordingClassLoader()) {
			assertThatRuntimeException().isThrownBy(() -> loader.run(BuildAClientAndCall.class))
				.withMessageContaining("Authy");
			assertThat(loader.loaded).contains("org.apache.hc.client5.http.impl.classic.HttpClientBuilder",
					AuthyHttp.class.getName(), RetryPolicy.class.getName(), ResponseReader.class.getName());
		}
	}

	/** Builds a client with the default HTTP client, without calling it. */
	public static class BuildAClient implements Runnable {

		@Override
		public void run() {
			AuthyClient.builder().apiKey("startup-key").baseUrl("http://127.0.0.1:9").build();
		}

	}

	/**
	 * Builds a client and a copy without retries, as the health indicator does at
	 * start-up, without calling either.
	 */
	public static class BuildAClientAndACopy implements Runnable {

		@Override
		public void run() {
			AuthyClient.builder()
				.apiKey("startup-key")
				.baseUrl("http://127.0.0.1:9")
				.build()
				.withRetry(RetrySettings.NONE)
				.apps();
		}

	}

	/**
	 * Builds a client with a preparation of its {@code RestClient.Builder}, as the
	 * auto-configuration applies Spring Boot's customizers, without calling it.
	 */
	public static class BuildAPreparedClient implements Runnable {

		@Override
		public void run() {
			AuthyClient.builder()
				.apiKey("startup-key")
				.baseUrl("http://127.0.0.1:9")
				.prepareRestClientBuilder((builder) -> builder.defaultHeader("X-Prepared", "yes"))
				.build();
		}

	}

	/** Builds a client and makes a call, which fails: nothing listens on the port. */
	public static class BuildAClientAndCall implements Runnable {

		@Override
		public void run() {
			AuthyClient.builder()
				.apiKey("startup-key")
				.baseUrl("http://127.0.0.1:9")
				.retry(RetrySettings.NONE)
				.build()
				.users()
				.status(1635);
		}

	}

	/** Loads the test's whole classpath afresh, recording the name of each class. */
	private static final class RecordingClassLoader extends URLClassLoader {

		private final Set<String> loaded = ConcurrentHashMap.newKeySet();

		RecordingClassLoader() {
			super(classPath(), ClassLoader.getPlatformClassLoader());
		}

		@Override
		protected Class<?> findClass(String name) throws ClassNotFoundException {
			Class<?> type = super.findClass(name);
			this.loaded.add(name);
			return type;
		}

		void run(Class<? extends Runnable> task) throws Exception {
			Runnable runnable = (Runnable) loadClass(task.getName()).getConstructor().newInstance();
			ClassLoader previous = Thread.currentThread().getContextClassLoader();
			Thread.currentThread().setContextClassLoader(this);
			try {
				runnable.run();
			}
			finally {
				Thread.currentThread().setContextClassLoader(previous);
			}
		}

		private static URL[] classPath() {
			List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
			return entries.stream().map(AuthyClientStartupCostTests::url).toArray(URL[]::new);
		}

	}

	private static URL url(String path) {
		try {
			return new File(path).toURI().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
