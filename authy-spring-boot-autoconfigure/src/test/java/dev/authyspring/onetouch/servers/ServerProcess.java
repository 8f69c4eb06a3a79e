package dev.authyspring.onetouch.servers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Starting a server from Debian's packages for a test. Without the binaries a test is
 * skipped with a message on a developer's machine, and fails in CI ({@code CI=true}),
 * where {@code .ci/run} installs them.
 */
final class ServerProcess {

	private ServerProcess() {
	}

	static boolean inCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** Skips the test, or fails it in CI, because a server is missing. */
	static <T> T unavailable(String what) {
		String message = what + " is needed for this test (apt-get install postgresql redis-server, or run "
				+ "scripts/test-servers.sh)";
		if (inCi()) {
			throw new IllegalStateException(message + "; CI=true, so the test fails rather than skips");
		}
		Assumptions.abort(message + "; skipping it");
		throw new IllegalStateException("unreachable");
	}

	static Optional<Path> binary(String name, String... candidates) {
		for (String candidate : candidates) {
			Path path = Path.of(candidate);
			if (Files.isExecutable(path)) {
				return Optional.of(path);
			}
		}
		for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, name))) {
				return Optional.of(Path.of(directory, name));
			}
		}
		return Optional.empty();
	}

	/** PostgreSQL's binaries: the newest /usr/lib/postgresql/N/bin that has them. */
	static Optional<Path> postgresBin() {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("pg_ctl")) && Files.isExecutable(bin.resolve("initdb")))
				.max(Path::compareTo);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** Runs a command to its end, as the {@code postgres} user when this JVM is root. */
	static String run(boolean asPostgres, String... command) {
		List<String> line = new ArrayList<>();
		if (asPostgres && isRoot()) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of(command));
		try {
			Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads a process's output until a line contains {@code ready}, for at most a minute.
	 */
	static void awaitLine(Process process, String ready) throws IOException {
		BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		String line;
		StringBuilder seen = new StringBuilder();
		while ((line = reader.readLine()) != null) {
			seen.append(line).append('\n');
			if (line.contains(ready)) {
				Thread drain = new Thread(() -> {
					try {
						reader.transferTo(java.io.Writer.nullWriter());
					}
					catch (IOException ex) {
						// The process ended.
					}
				}, "server-output");
				drain.setDaemon(true);
				drain.start();
				return;
			}
			if (System.nanoTime() > deadline) {
				break;
			}
		}
		throw new IllegalStateException("server did not become ready:\n" + seen);
	}

}
