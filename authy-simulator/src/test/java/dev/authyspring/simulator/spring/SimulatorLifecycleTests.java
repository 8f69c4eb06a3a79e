package dev.authyspring.simulator.spring;

import java.io.IOException;
import java.net.Socket;

import dev.authyspring.simulator.AuthySimulator;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.test.context.MergedContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that the simulator of a context stops with the context.
 */
class SimulatorLifecycleTests {

	@Test
	void simulatorStopsWhenContextCloses() throws IOException {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		new AuthySimulatorContextCustomizer("").customizeContext(context,
				new MergedContextConfiguration(getClass(), new String[0], new Class<?>[0], new String[0], null));
		context.refresh();
		AuthySimulator simulator = context.getBean(AuthySimulator.class);
		assertThat(context.getEnvironment().getProperty("authy.api-key")).isEqualTo(simulator.apiKey()).hasSize(32);
		int port = simulator.port();
		try (Socket socket = new Socket("127.0.0.1", port)) {
			assertThat(socket.isConnected()).isTrue();
		}
		context.close();
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> new Socket("127.0.0.1", port).close());
	}

}
