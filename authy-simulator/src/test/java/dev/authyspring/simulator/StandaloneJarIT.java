package dev.authyspring.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the executable jar as {@code java -jar}, where neither Spring nor JUnit is on the
 * class path, and talks to it.
 */
class StandaloneJarIT {

	private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

	@Test
	void executableJarServesTheApiWithoutSpringOrJunit() throws Exception {
		Path jar = Path.of("target", "authy-simulator.jar");
		assertThat(jar).exists();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port=0", "--api-key=jar-key")
			.redirectErrorStream(true)
			.start();
		try {
			BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			String baseUrl = CompletableFuture.supplyAsync(() -> readBaseUrl(output)).get(30, TimeUnit.SECONDS);
			Http http = new Http(baseUrl, "jar-key");
			assertThat(http.get("/protected/json/app/details").status()).isEqualTo(200);
			assertThat(new Http(baseUrl, "other").get("/protected/json/app/details").status()).isEqualTo(401);
			assertThat(http.getWithoutKey("/simulator").body()).contains("Authy simulator");
		}
		finally {
			process.destroy();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	@Test
	void executableJarRejectsBadArguments() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-jar", Path.of("target", "authy-simulator.jar").toString(),
				"--port=http")
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(output).contains("--port must be a number").contains("Usage:");
		assertThat(Files.exists(Path.of("target", "authy-simulator.jar"))).isTrue();
	}

	private static String readBaseUrl(BufferedReader output) {
		try {
			String line;
			while ((line = output.readLine()) != null) {
				Matcher matcher = LISTENING.matcher(line);
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
			throw new IllegalStateException("The simulator exited without listening");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
