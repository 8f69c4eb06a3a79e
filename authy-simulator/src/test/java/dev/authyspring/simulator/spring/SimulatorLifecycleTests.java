package dev.authyspring.simulator.spring;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import dev.authyspring.autoconfigure.AuthyConnectionDetails;
import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.CallbackMethod;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.MergedContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of the simulator's life in a Spring context: callbacks to the embedded server,
 * and stopping with the context.
 */
class SimulatorLifecycleTests {

	@Test
	void sendsCallbacksToTheEmbeddedServerOnceItsPortIsKnown() throws Exception {
		List<String> received = new CopyOnWriteArrayList<>();
		HttpServer app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		app.createContext("/authy/onetouch/callback", (exchange) -> {
			received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		app.start();
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		try {
			new AuthySimulatorContextCustomizer("", "/authy/onetouch/callback", CallbackMethod.GET)
				.customizeContext(context, mergedConfig());
			// What Spring Boot publishes when its embedded server has started.
			context.getEnvironment()
				.getPropertySources()
				.addFirst(
						new MapPropertySource("server.ports", Map.of("local.server.port", app.getAddress().getPort())));
			context.refresh();
			AuthySimulator simulator = context.getBean(AuthySimulator.class);
			long id = simulator.registerUser("a@example.com", 1, "2015550123");
			HttpResponse<String> created = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create(simulator.baseUrl() + "/onetouch/json/users/" + id + "/approval_requests"))
					.header("X-Authy-API-Key", simulator.apiKey())
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"Login\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(created.statusCode()).isEqualTo(200);
			String uuid = simulator.pendingApprovals().get(0).uuid();
			assertThat(simulator.approve(uuid).get(10, TimeUnit.SECONDS).status()).isEqualTo(204);
			assertThat(received).containsExactly("GET /authy/onetouch/callback");
		}
		finally {
			context.close();
			app.stop(0);
		}
	}

	@Test
	void rejectsRelativeCallbackPath() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuthySimulatorContextCustomizer("", "callback", CallbackMethod.POST))
			.withMessageContaining("must start with '/'");
	}

	private MergedContextConfiguration mergedConfig() {
		return new MergedContextConfiguration(getClass(), new String[0], new Class<?>[0], new String[0], null);
	}

	@Test
	void setsTheAuthyPropertiesWhenTheStarterIsAbsent() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.setClassLoader(new FilteredClassLoader(AuthyConnectionDetails.class));
			new AuthySimulatorContextCustomizer("", "", CallbackMethod.POST).customizeContext(context, mergedConfig());
			context.refresh();
			AuthySimulator simulator = context.getBean(AuthySimulator.class);
			assertThat(context.getBeanNamesForType(AuthyConnectionDetails.class)).isEmpty();
			assertThat(context.getEnvironment().getProperty("authy.base-url")).isEqualTo(simulator.baseUrl());
			assertThat(context.getEnvironment().getProperty("authy.api-key")).isEqualTo(simulator.apiKey());
		}
	}

	@Test
	void simulatorStopsWhenContextCloses() throws IOException {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		new AuthySimulatorContextCustomizer("", "", CallbackMethod.POST).customizeContext(context, mergedConfig());
		context.refresh();
		AuthySimulator simulator = context.getBean(AuthySimulator.class);
		assertThat(context.getBean(AuthyConnectionDetails.class).getApiKey()).isEqualTo(simulator.apiKey()).hasSize(32);
		int port = simulator.port();
		try (Socket socket = new Socket("127.0.0.1", port)) {
			assertThat(socket.isConnected()).isTrue();
		}
		context.close();
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> new Socket("127.0.0.1", port).close());
	}

}
