package dev.authyspring.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.authyspring.benchmarks.clients.BenchClients;
import dev.authyspring.benchmarks.driver.LoadResult;

/**
 * A {@link ClientWorker} JVM as {@link ClientBenchmark} drives it: started with this
 * JVM's options, those its client needs, and this JVM's class path; one cell measured per
 * call to {@link #run}.
 */
final class ClientWorkerProcess implements AutoCloseable {

	private final String id;

	private final Process process;

	private final PrintWriter commands;

	private final BlockingQueue<OutputLine> output = new LinkedBlockingQueue<>();

	private final String name;

	private ClientWorkerProcess(String id, Process process, Duration startTimeout) {
		this.id = id;
		this.process = process;
		this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
				true);
		Thread reader = new Thread(this::readOutput, "worker-output-" + id);
		reader.setDaemon(true);
		reader.start();
		this.name = await(ClientWorker.READY, startTimeout);
	}

	/**
	 * Starts a worker and waits until its client is warm.
	 * @param id the client's id
	 * @param workerArguments the worker's {@code --name=value} arguments, but the client
	 * @param startTimeout how long creating and warming up the client may take
	 * @return the worker, ready for {@link #run}
	 * @throws IOException if the JVM cannot be started
	 */
	static ClientWorkerProcess start(String id, List<String> workerArguments, Duration startTimeout)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		command.addAll(BenchClients.jvmOptions(id));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(ClientWorker.class.getName());
		command.add("--client=" + id);
		command.addAll(workerArguments);
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		try {
			return new ClientWorkerProcess(id, process, startTimeout);
		}
		catch (RuntimeException ex) {
			process.destroyForcibly();
			throw ex;
		}
	}

	/**
	 * Returns the client's name, for the tables.
	 * @return the name
	 */
	String name() {
		return this.name;
	}

	/**
	 * Measures one cell in the worker.
	 * @param operation {@code verify} or {@code status}
	 * @param threads the number of calling threads
	 * @param timeout how long the cell may take, warm-up included
	 * @return what the worker measured
	 */
	LoadResult run(String operation, int threads, Duration timeout) {
		this.commands.println(ClientWorker.RUN + operation + " " + threads);
		return LoadResult.fromText(await(ClientWorker.RESULT, timeout));
	}

	/**
	 * Asks the worker to close its client and end, and ends it if it does not within 30
	 * seconds.
	 */
	@Override
	public void close() throws InterruptedException {
		this.commands.println(ClientWorker.QUIT);
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private String await(String prefix, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			OutputLine line;
			try {
				line = this.output.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the worker of " + this.id, ex);
			}
			if (line == null) {
				this.process.destroyForcibly();
				throw new IllegalStateException(
						"the worker of " + this.id + " did not answer within " + timeout + "; it was ended");
			}
			if (line.end()) {
				throw new IllegalStateException("the worker of " + this.id + " ended with exit code " + exitCode()
						+ " before it answered; its standard error is above");
			}
			if (line.text().startsWith(prefix)) {
				return line.text().substring(prefix.length());
			}
			System.out.println("  [" + this.id + "] " + line.text());
		}
	}

	private void readOutput() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				this.output.add(new OutputLine(text, false));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.output.add(new OutputLine("", true));
		}
	}

	private int exitCode() {
		try {
			return this.process.waitFor(10, TimeUnit.SECONDS) ? this.process.exitValue() : -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** A line the worker wrote, or the end of its output. */
	private record OutputLine(String text, boolean end) {
	}

}
