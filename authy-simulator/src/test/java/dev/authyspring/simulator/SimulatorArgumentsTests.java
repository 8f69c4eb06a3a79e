package dev.authyspring.simulator;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the standalone command line.
 */
class SimulatorArgumentsTests {

	@Test
	void parsesEveryOption() {
		SimulatorOptions options = SimulatorArguments.parse(new String[] { "--port=8082", "--api-key=secret-key",
				"--callback-url=http://localhost:8080/authy/onetouch/callback", "--callback-method=get",
				"--host=0.0.0.0" }, Map.of());
		assertThat(options.port()).isEqualTo(8082);
		assertThat(options.apiKey()).isEqualTo("secret-key");
		assertThat(options.callbackUrl()).hasToString("http://localhost:8080/authy/onetouch/callback");
		assertThat(options.callbackMethod()).isEqualTo(CallbackMethod.GET);
		assertThat(options.host()).isEqualTo("0.0.0.0");
		assertThat(options.toString()).doesNotContain("secret-key");
	}

	@Test
	void defaultsToPort8081AndPost() {
		SimulatorOptions options = SimulatorArguments.parse(new String[] { "--api-key=k" }, Map.of());
		assertThat(options.port()).isEqualTo(8081);
		assertThat(options.callbackMethod()).isEqualTo(CallbackMethod.POST);
		assertThat(options.callbackUrl()).isNull();
	}

	@Test
	void takesApiKeyFromEnvironment() {
		SimulatorOptions options = SimulatorArguments.parse(new String[0], Map.of("AUTHY_SIMULATOR_API_KEY", "env"));
		assertThat(options.apiKey()).isEqualTo("env");
	}

	@Test
	void rejectsBadArgumentsWithSpecificMessages() {
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorArguments.parse(new String[0], Map.of()))
			.withMessageContaining("--api-key is required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorArguments.parse(new String[] { "--api-key=k", "--port=http" }, Map.of()))
			.withMessageContaining("--port");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorArguments.parse(new String[] { "--api-key=k", "--port=70000" }, Map.of()))
			.withMessageContaining("--port");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorArguments.parse(new String[] { "--api-key=k", "--colour=red" }, Map.of()))
			.withMessageContaining("--colour");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorArguments.parse(new String[] { "--api-key=k", "8081" }, Map.of()))
			.withMessageContaining("--name=value");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorArguments.parse(new String[] { "--api-key=k", "--callback-url=http://x/cb?q=1" },
					Map.of()))
			.withMessageContaining("query");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> SimulatorArguments.parse(new String[] { "--api-key=k", "--callback-method=PUT" }, Map.of()))
			.withMessageContaining("GET or POST");
	}

}
