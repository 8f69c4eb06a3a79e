package dev.authyspring.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone until the process is stopped.
 */
public final class AuthySimulatorMain {

	private AuthySimulatorMain() {
	}

	/**
	 * Starts the simulator.
	 * @param args see {@code --help}
	 * @throws InterruptedException if interrupted while running
	 */
	public static void main(String[] args) throws InterruptedException {
		if (Arrays.asList(args).contains("--help")) {
			System.out.print(SimulatorArguments.USAGE);
			return;
		}
		SimulatorOptions options;
		try {
			options = SimulatorArguments.parse(args, System.getenv());
		}
		catch (IllegalArgumentException ex) {
			PrintStream err = System.err;
			err.println(ex.getMessage());
			err.print(SimulatorArguments.USAGE);
			System.exit(2);
			return;
		}
		AuthySimulator simulator;
		try {
			simulator = AuthySimulator.start(options);
		}
		catch (UncheckedIOException ex) {
			IOException cause = ex.getCause();
			System.err.println(ex.getMessage() + ((cause != null) ? ": " + cause.getMessage() : ""));
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			simulator.close();
			stopped.countDown();
		}, "authy-simulator-shutdown"));
		System.out.println("Authy simulator listening on " + simulator.baseUrl());
		System.out.println("Phone page: " + simulator.baseUrl() + "/simulator");
		stopped.await();
	}

}
