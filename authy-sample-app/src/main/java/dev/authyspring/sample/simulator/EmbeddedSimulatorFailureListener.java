package dev.authyspring.sample.simulator;

import dev.authyspring.simulator.AuthySimulator;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops a simulator that no context took over because startup failed, so that its server
 * thread does not keep the JVM alive.
 */
public class EmbeddedSimulatorFailureListener implements ApplicationListener<ApplicationFailedEvent> {

	@Override
	public void onApplicationEvent(ApplicationFailedEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		if (context == null) {
			return;
		}
		AuthySimulator simulator = EmbeddedSimulators
			.take(context.getEnvironment().getProperty("app.simulator.instance"));
		if (simulator != null) {
			simulator.close();
		}
	}

}
