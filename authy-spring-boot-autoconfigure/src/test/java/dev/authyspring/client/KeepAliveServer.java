package dev.authyspring.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on loopback that answers every request with one JSON body and keeps
 * the connection open, counting connections, requests and the connections that the client
 * closed: what a connection pool does is seen from the server's side.
 */
final class KeepAliveServer implements AutoCloseable {

	private final ServerSocket server;

	private final byte[] body;

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger requests = new AtomicInteger();

	private final Semaphore closedByClient = new Semaphore(0);

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private KeepAliveServer(String body) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.body = body.getBytes(StandardCharsets.UTF_8);
		Thread acceptor = new Thread(this::accept, "keep-alive-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Starts a server.
	 * @param body the JSON body of every answer
	 * @return the server
	 * @throws IOException if it cannot listen
	 */
	static KeepAliveServer answering(String body) throws IOException {
		return new KeepAliveServer(body);
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getLocalPort();
	}

	int connections() {
		return this.connections.get();
	}

	int requests() {
		return this.requests.get();
	}

	/**
	 * Waits until the client closed a connection.
	 * @return whether it did within five seconds
	 * @throws InterruptedException if interrupted while waiting
	 */
	boolean awaitConnectionClosedByClient() throws InterruptedException {
		return this.closedByClient.tryAcquire(5, TimeUnit.SECONDS);
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				this.sockets.add(socket);
				this.connections.incrementAndGet();
				Thread connection = new Thread(() -> serve(socket), "keep-alive-connection");
				connection.setDaemon(true);
				connection.start();
			}
			catch (IOException ex) {
				// Closed by the test.
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			OutputStream out = socket.getOutputStream();
			while (reader.readLine() != null) {
				String line;
				while ((line = reader.readLine()) != null && !line.isEmpty()) {
					// Read the request head; Authy's GETs have no body.
				}
				this.requests.incrementAndGet();
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + this.body.length
						+ "\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
				out.write(this.body);
				out.flush();
			}
			this.closedByClient.release();
		}
		catch (IOException ex) {
			// A reset is the client's close too, unless the test closed the server.
			if (!this.server.isClosed()) {
				this.closedByClient.release();
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

}
