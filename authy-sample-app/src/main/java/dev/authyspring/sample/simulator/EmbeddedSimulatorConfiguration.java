package dev.authyspring.sample.simulator;

import java.time.Duration;

import dev.authyspring.autoconfigure.AuthyConnectionDetails;
import dev.authyspring.onetouch.web.OneTouchCallbackEndpoint;
import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.CallbackMethod;
import dev.authyspring.simulator.SimulatorOptions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Runs the Authy simulator inside the application unless the {@code live} profile is
 * active (or {@code app.simulator.enabled=false}): a bean that stops with the context,
 * handed to the starter as its {@link AuthyConnectionDetails} so that no {@code authy.*}
 * property is needed. It also registers the stored users with it again, and tells it the
 * application's OneTouch callback URL once the web server knows its port.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!" + EmbeddedSimulatorConfiguration.LIVE_PROFILE)
@ConditionalOnBooleanProperty(name = "app.simulator.enabled", matchIfMissing = true)
class EmbeddedSimulatorConfiguration {

	/** The profile that talks to real Authy instead. */
	static final String LIVE_PROFILE = "live";

	private static final Log logger = LogFactory.getLog(EmbeddedSimulatorConfiguration.class);

	@Bean(destroyMethod = "close")
	AuthySimulator authySimulator(Environment environment) {
		SimulatorOptions.Builder options = SimulatorOptions.builder();
		Duration tokenValidity = environment.getProperty("app.simulator.token-validity", Duration.class);
		if (tokenValidity != null) {
			options.tokenValidity(tokenValidity);
		}
		AuthySimulator simulator = AuthySimulator.start(options.build());
		logger.info("Authy simulator running at " + simulator.baseUrl() + "; the simulated phone is at "
				+ simulator.baseUrl() + "/simulator");
		return simulator;
	}

	@Bean
	AuthyConnectionDetails embeddedSimulatorConnectionDetails(AuthySimulator simulator) {
		return new SimulatorConnection(simulator.baseUrl(), simulator.apiKey());
	}

	@Bean
	SmartInitializingSingleton simulatorUserRestore(AuthySimulator simulator, AppUserRepository users) {
		// The simulator forgets everything when the application stops, the database does
		// not:
		// register the stored users again so that their codes and pushes keep working.
		return () -> {
			int restored = 0;
			for (AppUser user : users.findAll()) {
				long authyId = simulator.registerUser(user.email(), user.countryCode(), user.phoneNumber());
				if (authyId != user.authyId()) {
					users.save(new AppUser(user.id(), user.email(), user.passwordHash(), user.countryCode(),
							user.phoneNumber(), authyId, user.admin(), user.createdAt()));
				}
				restored++;
			}
			if (restored > 0) {
				logger.info("Registered " + restored + " stored users with the Authy simulator again");
			}
		};
	}

	@Bean
	ApplicationListener<WebServerInitializedEvent> simulatorCallbackRegistration(AuthySimulator simulator,
			ObjectProvider<OneTouchCallbackEndpoint> callbackEndpoint) {
		return (event) -> {
			OneTouchCallbackEndpoint endpoint = callbackEndpoint.getIfAvailable();
			if (event.getApplicationContext().getServerNamespace() != null || endpoint == null) {
				return; // a management server on its own port, or no callback endpoint
			}
			String url = "http://localhost:" + event.getWebServer().getPort() + endpoint.path();
			simulator.callbackUrl(url, CallbackMethod.POST);
			logger.info("Authy simulator sends OneTouch callbacks to " + url);
		};
	}

	/**
	 * The embedded simulator's URL and key.
	 */
	record SimulatorConnection(String baseUrl, String apiKey) implements AuthyConnectionDetails {

		@Override
		public String getBaseUrl() {
			return this.baseUrl;
		}

		@Override
		public String getApiKey() {
			return this.apiKey;
		}

		@Override
		public String toString() {
			return "SimulatorConnection[baseUrl=" + this.baseUrl + ", apiKey=<hidden>]";
		}

	}

}
