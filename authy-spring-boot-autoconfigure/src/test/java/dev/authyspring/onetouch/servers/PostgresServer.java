package dev.authyspring.onetouch.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server for a test: the one {@code scripts/test-servers.sh} started (its
 * URL in {@code AUTHY_TEST_POSTGRES_URL}), or one this test starts from Debian's
 * binaries, in a directory of its own, on a free port. Only a server it started can be
 * {@link #stop() stopped}.
 */
public final class PostgresServer implements AutoCloseable {

	private static final String USER = "authy";

	private static final String DATABASE = "postgres";

	private final String url;

	private final Path bin;

	private final Path dataDirectory;

	private PostgresServer(String url, Path bin, Path dataDirectory) {
		this.url = url;
		this.bin = bin;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * The shared server if one runs, else a new one.
	 * @return the JDBC URL of a running server
	 */
	public static String sharedUrl() {
		String url = System.getenv("AUTHY_TEST_POSTGRES_URL");
		return (url != null && !url.isBlank()) ? url : Shared.INSTANCE.url;
	}

	/**
	 * Starts a server of this test's own, which it may stop.
	 * @return the server
	 */
	public static PostgresServer start() {
		Path bin = ServerProcess.postgresBin()
			.orElseGet(() -> ServerProcess.unavailable("PostgreSQL (initdb, pg_ctl)"));
		try {
			Path directory = Files.createTempDirectory("authy-postgres");
			if (ServerProcess.isRoot()) {
				ServerProcess.run(false, "chown", "postgres", directory.toString());
			}
			Path data = directory.resolve("data");
			ServerProcess.run(true, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust",
					"--no-sync", "-E", "UTF8");
			int port = ServerProcess.freePort();
			PostgresServer server = new PostgresServer("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE, bin,
					data);
			server.startAt(port, directory);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int port;

	private Path socketDirectory = Path.of("/tmp");

	private void startAt(int port, Path socketDirectory) {
		this.port = port;
		this.socketDirectory = socketDirectory;
		restart();
	}

	/** Starts the server again after {@link #stop()}, on the same port and data. */
	public void restart() {
		// -w: pg_ctl returns once the server accepts connections.
		ServerProcess.run(true, this.bin.resolve("pg_ctl").toString(), "-D", this.dataDirectory.toString(), "-w", "-l",
				this.dataDirectory.resolve("server.log").toString(), "-o",
				"-p " + this.port + " -k " + this.socketDirectory + " -c listen_addresses=127.0.0.1 -c fsync=off",
				"start");
	}

	/** Stops the server at once, as a crash would. */
	public void stop() {
		ServerProcess.run(true, this.bin.resolve("pg_ctl").toString(), "-D", this.dataDirectory.toString(), "-w", "-m",
				"immediate", "stop");
	}

	public String url() {
		return this.url;
	}

	/**
	 * A data source that opens a connection per use, so that a stopped server fails every
	 * use at once rather than a pool's borrowed connection later.
	 * @param url the JDBC URL
	 * @return the data source
	 */
	public static DataSource dataSource(String url) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(url);
		dataSource.setUser(USER);
		dataSource.setConnectTimeout(5);
		dataSource.setSocketTimeout(10);
		return dataSource;
	}

	@Override
	public void close() {
		try {
			stop();
		}
		catch (IllegalStateException ex) {
			// Already stopped.
		}
		try (Stream<Path> files = Files.walk(this.dataDirectory.getParent())) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary directory: left for the system to clean.
		}
	}

	private static final class Shared {

		static final PostgresServer INSTANCE = start();

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(INSTANCE::close, "postgres-shutdown"));
		}

	}

}
