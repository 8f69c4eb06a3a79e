package dev.authyspring.simulator;

import java.util.Locale;
import java.util.Map;

/**
 * Command line of the standalone simulator:
 * {@code --port=8081 --api-key=... --callback-url=... --callback-method=POST --host=127.0.0.1}.
 */
final class SimulatorArguments {

	static final String USAGE = """
			Usage: java -jar authy-simulator.jar --api-key=KEY [options]
			  --api-key=KEY             API key clients must send (or env AUTHY_SIMULATOR_API_KEY)
			  --port=PORT               port to listen on (default 8081, 0 for any free port)
			  --host=ADDRESS            address to listen on (default 127.0.0.1)
			  --callback-url=URL        where to send OneTouch callbacks
			  --callback-method=METHOD  GET or POST (default POST)
			  --help                    show this help
			""";

	private SimulatorArguments() {
	}

	/**
	 * Parses the arguments.
	 * @param args the command line
	 * @param environment the environment, for the API key
	 * @return the options
	 * @throws IllegalArgumentException with a message for the user if an argument is
	 * wrong
	 */
	static SimulatorOptions parse(String[] args, Map<String, String> environment) {
		SimulatorOptions.Builder builder = SimulatorOptions.builder().port(8081);
		String apiKey = environment.get("AUTHY_SIMULATOR_API_KEY");
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (!arg.startsWith("--") || eq < 0) {
				throw new IllegalArgumentException(
						"Unrecognised argument '" + shorten(arg) + "'; expected --name=value");
			}
			String name = arg.substring(2, eq);
			String value = arg.substring(eq + 1);
			switch (name) {
				case "port" -> builder.port(port(value));
				case "host" -> builder.host(value);
				case "api-key" -> apiKey = value;
				case "callback-url" -> builder.callbackUrl(value);
				case "callback-method" -> builder.callbackMethod(method(value));
				default -> throw new IllegalArgumentException("Unknown option --" + shorten(name));
			}
		}
		if (apiKey == null || apiKey.isBlank()) {
			throw new IllegalArgumentException("--api-key is required (or set AUTHY_SIMULATOR_API_KEY)");
		}
		return builder.apiKey(apiKey).build();
	}

	private static int port(String value) {
		if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) > 65535) {
			throw new IllegalArgumentException("--port must be a number between 0 and 65535");
		}
		return Integer.parseInt(value);
	}

	private static CallbackMethod method(String value) {
		try {
			return CallbackMethod.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--callback-method must be GET or POST");
		}
	}

	private static String shorten(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "..." : text;
	}

}
