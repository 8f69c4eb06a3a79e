package dev.authyspring.benchmarks.callback;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import dev.authyspring.core.internal.RailsQueryString;
import dev.authyspring.core.onetouch.CallbackParameters;
import dev.authyspring.core.onetouch.OneTouchSigner;
import org.jspecify.annotations.Nullable;

/**
 * Sends validly signed POST callbacks over plain keep-alive sockets, one per thread, each
 * for a distinct approval request (the body's {@code uuid} replaced) with a distinct
 * current nonce; cheap enough that the server, not the generator, is measured.
 */
public final class SignedCallbackSender implements AutoCloseable {

	private final String host;

	private final int port;

	private final String path;

	private final String url;

	private final String body;

	private final String canonicalParameters;

	private final String templateUuid;

	private static final AtomicLong senders = new AtomicLong();

	private final long sender = senders.incrementAndGet();

	private final AtomicLong requests = new AtomicLong();

	private final OneTouchSigner signer;

	private final NonceSource nonces;

	private final ThreadLocal<Connection> connections = new ThreadLocal<>();

	private final List<Connection> opened = new CopyOnWriteArrayList<>();

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong ok = new AtomicLong();

	/**
	 * Creates a sender.
	 * @param host the server's host, loopback
	 * @param port its port
	 * @param path the callback path
	 * @param apiKey the key the server verifies with
	 * @param body the JSON body sent each time
	 * @param nonces where nonces come from
	 */
	public SignedCallbackSender(String host, int port, String path, String apiKey, byte[] body, NonceSource nonces) {
		this.host = host;
		this.port = port;
		this.path = path;
		this.url = "http://" + host + ":" + port + path;
		this.body = new String(body, StandardCharsets.UTF_8);
		// An approval request is answered once: the endpoint takes a second callback with
		// the same uuid for a redelivery. Each callback gets its own uuid of the same
		// shape, put into the body and into its canonical form, computed once, by plain
		// replacement.
		Map<String, @Nullable Object> parameters = CallbackParameters.parseJson(body);
		this.templateUuid = String.valueOf(parameters.get("uuid"));
		this.canonicalParameters = RailsQueryString.of(parameters);
		this.signer = new OneTouchSigner(apiKey);
		this.nonces = nonces;
	}

	public String url() {
		return this.url;
	}

	/**
	 * Sends one callback and waits for the answer.
	 * @return the HTTP status
	 * @throws IOException if the exchange fails
	 */
	public int send() throws IOException {
		String nonce = this.nonces.next();
		String uuid = String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", this.sender,
				this.requests.incrementAndGet());
		byte[] body = this.body.replace(this.templateUuid, uuid).getBytes(StandardCharsets.UTF_8);
		String signature = this.signer.sign(nonce, "POST", this.url,
				this.canonicalParameters.replace(this.templateUuid, uuid));
		byte[] head = ("POST " + this.path + " HTTP/1.1\r\nHost: " + this.host + ":" + this.port
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
				+ "\r\nX-Authy-Signature-Nonce: " + nonce + "\r\nX-Authy-Signature: " + signature + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		Connection connection = connection();
		this.sent.incrementAndGet();
		int status;
		try {
			status = connection.exchange(head, body);
		}
		catch (IOException ex) {
			connection.close();
			this.connections.remove();
			throw ex;
		}
		if (connection.closeRequested) {
			connection.close();
			this.connections.remove();
		}
		if (status == 200) {
			this.ok.incrementAndGet();
		}
		return status;
	}

	/** Callbacks written to a socket so far, whatever their outcome. */
	public long sent() {
		return this.sent.get();
	}

	/** Callbacks answered with 200. */
	public long ok() {
		return this.ok.get();
	}

	private Connection connection() throws IOException {
		Connection connection = this.connections.get();
		if (connection == null) {
			connection = new Connection(this.host, this.port);
			this.opened.add(connection);
			this.connections.set(connection);
		}
		return connection;
	}

	@Override
	public void close() {
		this.opened.forEach(Connection::close);
		this.opened.clear();
	}

	/**
	 * Distinct nonces: Unix seconds with six decimals, never repeating and never behind
	 * the clock by more than the number of nonces handed out in the same microsecond.
	 */
	public static final class NonceSource {

		private final AtomicLong lastMicros = new AtomicLong();

		public String next() {
			long now = System.currentTimeMillis() * 1000;
			long micros = this.lastMicros.updateAndGet((last) -> Math.max(last + 1, now));
			return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
		}

	}

	private static final class Connection {

		private final Socket socket;

		private final OutputStream out;

		private final InputStream in;

		private boolean closeRequested;

		Connection(String host, int port) throws IOException {
			this.socket = new Socket();
			this.socket.setTcpNoDelay(true);
			this.socket.connect(new InetSocketAddress(host, port), 5000);
			this.socket.setSoTimeout(10_000);
			this.out = this.socket.getOutputStream();
			this.in = new BufferedInputStream(this.socket.getInputStream(), 4096);
		}

		int exchange(byte[] head, byte[] body) throws IOException {
			byte[] request = new byte[head.length + body.length];
			System.arraycopy(head, 0, request, 0, head.length);
			System.arraycopy(body, 0, request, head.length, body.length);
			this.out.write(request);
			this.out.flush();
			String statusLine = readLine();
			if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
				throw new IOException("not an HTTP/1.1 status line");
			}
			int status = Integer.parseInt(statusLine.substring(9, 12));
			long contentLength = 0;
			boolean chunked = false;
			String line;
			while (!(line = readLine()).isEmpty()) {
				String lower = line.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					contentLength = Long.parseLong(lower.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					this.closeRequested = true;
				}
			}
			if (chunked) {
				skipChunks();
			}
			else {
				skip(contentLength);
			}
			return status;
		}

		private void skipChunks() throws IOException {
			while (true) {
				String size = readLine();
				int semicolon = size.indexOf(';');
				long length = Long.parseLong((semicolon >= 0) ? size.substring(0, semicolon).trim() : size.trim(), 16);
				if (length == 0) {
					while (!readLine().isEmpty()) {
						// trailers
					}
					return;
				}
				skip(length);
				readLine();
			}
		}

		private void skip(long length) throws IOException {
			long remaining = length;
			while (remaining > 0) {
				long skipped = this.in.skip(remaining);
				if (skipped <= 0) {
					if (this.in.read() < 0) {
						throw new IOException("connection closed in the body");
					}
					skipped = 1;
				}
				remaining -= skipped;
			}
		}

		private String readLine() throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream(64);
			int b;
			while ((b = this.in.read()) != '\n') {
				if (b < 0) {
					throw new IOException("connection closed by the server");
				}
				if (b != '\r') {
					line.write(b);
				}
			}
			return line.toString(StandardCharsets.US_ASCII);
		}

		void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// Closing at the end of a run; nothing to do.
			}
		}

	}

}
