package dev.authyspring.onetouch.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A Redis server for a test: the one {@code scripts/test-servers.sh} started (host and
 * port in {@code AUTHY_TEST_REDIS_URL}, such as {@code redis://127.0.0.1:56379}), or one
 * this test starts from Debian's {@code redis-server} on a free port.
 */
public final class RedisServer implements AutoCloseable {

	private final int port;

	private final Path binary;

	private final Path directory;

	private Process process;

	private RedisServer(Path binary, int port) {
		this.binary = binary;
		this.port = port;
		try {
			this.directory = java.nio.file.Files.createTempDirectory("authy-redis");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		restart();
	}

	/**
	 * The shared server's URL if one runs, else a new server's.
	 * @return a {@code redis://host:port} URL
	 */
	public static String sharedUrl() {
		String url = System.getenv("AUTHY_TEST_REDIS_URL");
		return (url != null && !url.isBlank()) ? url : "redis://127.0.0.1:" + Shared.INSTANCE.port;
	}

	/**
	 * Starts a server of this test's own, which it may stop.
	 * @return the server
	 */
	public static RedisServer start() {
		Path binary = ServerProcess.binary("redis-server", "/usr/bin/redis-server")
			.orElseGet(() -> ServerProcess.unavailable("Redis (redis-server)"));
		return new RedisServer(binary, ServerProcess.freePort());
	}

	public int port() {
		return this.port;
	}

	public String url() {
		return "redis://127.0.0.1:" + this.port;
	}

	/**
	 * Starts the server again after {@link #stop()}, on the same port and with the keys
	 * it had: every write is appended and synced, as a store that must not forget is run.
	 */
	public void restart() {
		try {
			this.process = new ProcessBuilder(this.binary.toString(), "--port", Integer.toString(this.port), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir",
					this.directory.toString(), "--daemonize", "no")
				.redirectErrorStream(true)
				.start();
			ServerProcess.awaitLine(this.process, "Ready to accept connections");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Kills the server at once, as a crash would. */
	public void stop() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		stop();
	}

	private static final class Shared {

		static final RedisServer INSTANCE = start();

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(INSTANCE::close, "redis-shutdown"));
		}

	}

}
