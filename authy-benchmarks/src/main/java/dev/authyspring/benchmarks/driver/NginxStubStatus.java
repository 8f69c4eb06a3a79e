package dev.authyspring.benchmarks.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code accepts} counter of nginx's {@code stub_status} page over a plain
 * socket, so that reading it does not disturb the HTTP clients under test.
 */
public final class NginxStubStatus implements ConnectionCounter {

	private static final Pattern COUNTERS = Pattern
		.compile("server accepts handled requests\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)");

	private final String host;

	private final int port;

	private final String path;

	/**
	 * Creates a reader.
	 * @param host the nginx host, loopback
	 * @param port the port of the server block with {@code stub_status}
	 * @param path the path of the status page
	 */
	public NginxStubStatus(String host, int port, String path) {
		this.host = host;
		this.port = port;
		this.path = path;
	}

	@Override
	public long accepted() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.host, this.port), 2000);
			socket.setSoTimeout(2000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + this.path + " HTTP/1.0\r\nHost: " + this.host + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return parseAccepted(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read nginx stub_status", ex);
		}
	}

	/**
	 * Extracts the accepted-connections counter from a stub_status page.
	 * @param page the page, headers included or not
	 * @return the counter
	 */
	static long parseAccepted(String page) {
		Matcher matcher = COUNTERS.matcher(page);
		if (!matcher.find()) {
			throw new IllegalArgumentException("not an nginx stub_status page");
		}
		return Long.parseLong(matcher.group(1));
	}

}
