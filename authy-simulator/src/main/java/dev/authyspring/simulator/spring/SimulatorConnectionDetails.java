package dev.authyspring.simulator.spring;

import dev.authyspring.autoconfigure.AuthyConnectionDetails;
import dev.authyspring.simulator.AuthySimulator;

/**
 * The starter's {@link AuthyConnectionDetails} for a simulator: its URL and key. Loaded
 * only when the starter is on the classpath.
 */
final class SimulatorConnectionDetails implements AuthyConnectionDetails {

	private final AuthySimulator simulator;

	SimulatorConnectionDetails(AuthySimulator simulator) {
		this.simulator = simulator;
	}

	@Override
	public String getBaseUrl() {
		return this.simulator.baseUrl();
	}

	@Override
	public String getApiKey() {
		return this.simulator.apiKey();
	}

	@Override
	public String toString() {
		return "SimulatorConnectionDetails[baseUrl=" + getBaseUrl() + ", apiKey=<hidden>]";
	}

}
