package dev.authyspring.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK HTTP server behind a simulator, on a bounded pool of daemon worker threads.
 */
final class SimulatorServer {

	private static final int WORKER_THREADS = 16;

	private static final int QUEUE_CAPACITY = 512;

	static {
		// A client that stops sending mid-request must not hold a worker forever. Only
		// set if nobody chose a value; the JDK reads it once, when its first server
		// starts.
		if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
			System.setProperty("sun.net.httpserver.maxReqTime", "30");
		}
	}

	private final ThreadPoolExecutor executor;

	private final HttpServer server;

	private final String baseUrl;

	private SimulatorServer(ThreadPoolExecutor executor, HttpServer server) {
		this.executor = executor;
		this.server = server;
		this.baseUrl = "http://" + urlHost(server.getAddress()) + ":" + server.getAddress().getPort();
	}

	/**
	 * Binds and starts a server that hands every request to one handler.
	 * @throws IOException if the address cannot be bound
	 */
	static SimulatorServer start(String host, int port, HttpHandler handler) throws IOException {
		ThreadPoolExecutor executor = new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(QUEUE_CAPACITY), daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
		executor.allowCoreThreadTimeOut(true);
		HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
		server.createContext("/", handler);
		server.setExecutor(executor);
		server.start();
		return new SimulatorServer(executor, server);
	}

	/**
	 * The base URL clients connect to, without a trailing slash.
	 */
	String baseUrl() {
		return this.baseUrl;
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * Stops listening at once and interrupts the requests still being handled.
	 */
	void stop() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private static String urlHost(InetSocketAddress address) {
		// A wildcard address accepts connections but cannot be connected to everywhere.
		if (address.getAddress().isAnyLocalAddress()) {
			return "127.0.0.1";
		}
		String host = address.getAddress().getHostAddress();
		return host.contains(":") ? "[" + host + "]" : host;
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, "authy-simulator-http-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
