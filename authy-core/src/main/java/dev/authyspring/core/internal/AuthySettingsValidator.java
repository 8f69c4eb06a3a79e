package dev.authyspring.core.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The rules for an Authy API key, the absolute http and https URLs that Authy is reached
 * at or calls back, and the client's timeouts, shared by the client's builder and the
 * auto-configuration so that a value is accepted or refused alike wherever it is set.
 * Each check returns what is wrong, to follow the name of the setting, or {@code null}
 * when nothing is; the reason never quotes the value, which may be a key or hold
 * credentials.
 */
public final class AuthySettingsValidator {

	/** Longest API key accepted; Authy's are 32 characters. */
	public static final int MAX_API_KEY_LENGTH = 256;

	private static final String HTTP_URL = "must be an absolute http or https URL";

	private static final String HIDDEN = "<hidden>";

	private AuthySettingsValidator() {
	}

	/**
	 * Checks an API key: it is sent in an HTTP header, so it must be printable ASCII
	 * without spaces.
	 * @param apiKey the key
	 * @return what is wrong with it, or {@code null}
	 */
	public static @Nullable String apiKeyProblem(@Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			return "must be set";
		}
		if (apiKey.length() > MAX_API_KEY_LENGTH) {
			return "must be at most " + MAX_API_KEY_LENGTH + " characters long";
		}
		// A loop, not a stream: a lambda's call site is linked on the first start.
		for (int i = 0; i < apiKey.length(); i++) {
			char c = apiKey.charAt(i);
			if (c < 0x21 || c > 0x7E) {
				return "must consist of printable ASCII characters, without spaces or control characters";
			}
		}
		return null;
	}

	/**
	 * Checks a URL that requests are sent to, such as the Authy API's base URL or the
	 * public URL of the OneTouch callback: an absolute http or https URL with a host, and
	 * without user info (credentials do not belong in a URL), query or fragment (the
	 * client or Authy appends to it).
	 * @param url the URL
	 * @return what is wrong with it, or {@code null}
	 */
	public static @Nullable String endpointUrlProblem(@Nullable String url) {
		URI uri = parse(url);
		String problem = httpUrlProblem(url, uri);
		if (problem != null || uri == null) {
			return problem;
		}
		if (uri.getRawUserInfo() != null) {
			return "must not contain user info";
		}
		if (uri.getRawQuery() != null) {
			return "must not contain a query";
		}
		if (uri.getRawFragment() != null) {
			return "must not contain a fragment";
		}
		return null;
	}

	/**
	 * Returns a URL fit to show in an error: what may be credentials is replaced, even
	 * where the URL does not parse: everything before its last {@code @} (after the
	 * scheme's {@code ://}, if there is one), and its query and what follows it, which
	 * could carry a key.
	 * @param url the URL
	 * @return the URL without what may be secret
	 */
	public static @Nullable String withoutSecrets(@Nullable String url) {
		if (url == null) {
			return null;
		}
		String shown = url;
		int at = shown.lastIndexOf('@');
		if (at >= 0) {
			int schemeEnd = shown.indexOf("://");
			int start = (schemeEnd >= 0 && schemeEnd < at) ? schemeEnd + 3 : 0;
			shown = shown.substring(0, start) + HIDDEN + shown.substring(at);
		}
		int query = shown.indexOf('?');
		return (query >= 0) ? shown.substring(0, query + 1) + HIDDEN : shown;
	}

	/**
	 * Checks a URL that is only passed on, such as a logo's: an absolute http or https
	 * URL with a host.
	 * @param url the URL
	 * @return what is wrong with it, or {@code null}
	 */
	public static @Nullable String httpUrlProblem(@Nullable String url) {
		return httpUrlProblem(url, parse(url));
	}

	/**
	 * Checks a timeout.
	 * @param duration the timeout
	 * @return what is wrong with it, or {@code null}
	 */
	public static @Nullable String timeoutProblem(@Nullable Duration duration) {
		return (duration == null || duration.isZero() || duration.isNegative()) ? "must be a positive duration" : null;
	}

	/**
	 * Returns a setting of the client's builder that its check passed.
	 * @param <T> the type of the setting
	 * @param setting the builder's name of the setting
	 * @param value the value checked
	 * @param problem what the check returned
	 * @return the value, not {@code null} once its check passed
	 * @throws IllegalArgumentException naming the setting, if the check found a problem
	 */
	public static <T> T require(String setting, @Nullable T value, @Nullable String problem) {
		if (problem != null || value == null) {
			throw new IllegalArgumentException("'" + setting + "' " + ((problem != null) ? problem : "must be set"));
		}
		return value;
	}

	private static @Nullable String httpUrlProblem(@Nullable String url, @Nullable URI uri) {
		if (url == null || url.isBlank()) {
			return "must be set";
		}
		if (uri == null) {
			return HTTP_URL + ", and this is not a well-formed URL";
		}
		String scheme = uri.getScheme();
		if (scheme == null) {
			return HTTP_URL + ", not a relative one";
		}
		if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
			// The scheme is not quoted: in "user:password@host" it is the user name.
			return HTTP_URL + "; its scheme is neither";
		}
		if (uri.getHost() == null) {
			return HTTP_URL + " with a host";
		}
		return null;
	}

	private static @Nullable URI parse(@Nullable String url) {
		if (url == null) {
			return null;
		}
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			// Its message quotes the URL.
			return null;
		}
	}

}
