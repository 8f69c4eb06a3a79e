package dev.authyspring.simulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import dev.authyspring.core.internal.AuthySettingsValidator;
import org.jspecify.annotations.Nullable;

/**
 * How to start an {@link AuthySimulator}. Build with {@link #builder()}.
 */
public final class SimulatorOptions {

	private final String host;

	private final int port;

	private final @Nullable String apiKey;

	private final @Nullable URI callbackUrl;

	private final CallbackMethod callbackMethod;

	private final Clock clock;

	private final Duration callbackTimeout;

	private final Duration tokenValidity;

	private SimulatorOptions(Builder builder) {
		this.host = builder.host;
		this.port = builder.port;
		this.apiKey = builder.apiKey;
		this.callbackUrl = builder.callbackUrl;
		this.callbackMethod = builder.callbackMethod;
		this.clock = builder.clock;
		this.callbackTimeout = builder.callbackTimeout;
		this.tokenValidity = builder.tokenValidity;
	}

	/**
	 * Starts a builder with the defaults: loopback, a random port, a random API key, no
	 * callback, the system clock.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The defaults of {@link #builder()}.
	 * @return the default options
	 */
	public static SimulatorOptions defaults() {
		return builder().build();
	}

	String host() {
		return this.host;
	}

	int port() {
		return this.port;
	}

	@Nullable String apiKey() {
		return this.apiKey;
	}

	@Nullable URI callbackUrl() {
		return this.callbackUrl;
	}

	CallbackMethod callbackMethod() {
		return this.callbackMethod;
	}

	Clock clock() {
		return this.clock;
	}

	Duration callbackTimeout() {
		return this.callbackTimeout;
	}

	Duration tokenValidity() {
		return this.tokenValidity;
	}

	@Override
	public String toString() {
		return "SimulatorOptions[host=" + this.host + ", port=" + this.port + ", apiKey="
				+ ((this.apiKey != null) ? "<hidden>" : "<random>") + ", callbackUrl=" + this.callbackUrl
				+ ", callbackMethod=" + this.callbackMethod + "]";
	}

	static URI checkCallbackUrl(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Callback URL is not a valid URI");
		}
		if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
			throw new IllegalArgumentException("Callback URL must be an absolute http or https URL");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("Callback URL must have a host");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			// Authy signs the URL without a query; one here could not be reproduced by
			// the app.
			throw new IllegalArgumentException("Callback URL must not have a query or fragment");
		}
		return uri;
	}

	/**
	 * Builder of {@link SimulatorOptions}.
	 */
	public static final class Builder {

		private String host = "127.0.0.1";

		private int port;

		private @Nullable String apiKey;

		private @Nullable URI callbackUrl;

		private CallbackMethod callbackMethod = CallbackMethod.POST;

		private Clock clock = Clock.systemUTC();

		private Duration callbackTimeout = Duration.ofSeconds(5);

		private Duration tokenValidity = Duration.ofMinutes(10);

		private Builder() {
		}

		/**
		 * The address to listen on; loopback by default.
		 * @param host a host name or IP address
		 * @return this builder
		 */
		public Builder host(String host) {
			if (host.isBlank()) {
				throw new IllegalArgumentException("Host must not be blank");
			}
			this.host = host;
			return this;
		}

		/**
		 * The port to listen on; {@code 0} (the default) picks a free one.
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("Port must be between 0 and 65535");
			}
			this.port = port;
			return this;
		}

		/**
		 * The API key clients must send; random by default.
		 * @param apiKey the key
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			// The starter's rule: the key signs callbacks and travels in a header.
			String problem = AuthySettingsValidator.apiKeyProblem(apiKey);
			if (problem != null) {
				throw new IllegalArgumentException("API key " + problem);
			}
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * Where to send OneTouch callbacks; none by default.
		 * @param url an absolute http(s) URL without query
		 * @return this builder
		 */
		public Builder callbackUrl(String url) {
			this.callbackUrl = checkCallbackUrl(url);
			return this;
		}

		/**
		 * The callback method; POST by default.
		 * @param method the method
		 * @return this builder
		 */
		public Builder callbackMethod(CallbackMethod method) {
			this.callbackMethod = method;
			return this;
		}

		/**
		 * The clock behind every expiry, TOTP code and timestamp.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Connect and read timeout of callback deliveries; 5 seconds by default.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder callbackTimeout(Duration timeout) {
			if (timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("Callback timeout must be positive");
			}
			this.callbackTimeout = timeout;
			return this;
		}

		/**
		 * How long an SMS or voice token stays valid; 10 minutes by default.
		 * @param validity the validity
		 * @return this builder
		 */
		public Builder tokenValidity(Duration validity) {
			if (validity.isNegative() || validity.isZero()) {
				throw new IllegalArgumentException("Token validity must be positive");
			}
			this.tokenValidity = validity;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 */
		public SimulatorOptions build() {
			return new SimulatorOptions(this);
		}

	}

}
