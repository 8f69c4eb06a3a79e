package dev.authyspring.client.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.authyspring.core.internal.AuthySettingsValidator;
import org.jspecify.annotations.Nullable;

/**
 * A OneTouch push approval request, validated as Authy requires when it is built.
 *
 * @param authyId the Authy id of the user to ask
 * @param message the subject shown in the push, at most 200 characters
 * @param details details shown to the user, in order
 * @param hiddenDetails details stored with the request but not shown
 * @param logos logo URLs per resolution
 * @param secondsToExpire lifetime in seconds ({@code 0} never expires), or {@code null}
 * for Authy's default of one day
 */
public record ApprovalRequest(long authyId, String message, Map<String, String> details,
		Map<String, String> hiddenDetails, Map<LogoResolution, String> logos, @Nullable Integer secondsToExpire) {

	/** Longest message Authy accepts. */
	public static final int MAX_MESSAGE_LENGTH = 200;

	/** Longest key of a visible detail, per Authy's documentation. */
	public static final int MAX_DETAIL_KEY_LENGTH = 20;

	/** Longest detail value, and longest hidden detail key. */
	public static final int MAX_DETAIL_LENGTH = 200;

	/** Longest logo URL. */
	public static final int MAX_LOGO_URL_LENGTH = 500;

	public ApprovalRequest {
		if (authyId <= 0) {
			throw new IllegalArgumentException("'authyId' must be a positive number");
		}
		if (message == null || message.isBlank()) {
			throw new IllegalArgumentException("'message' must not be blank");
		}
		if (message.length() > MAX_MESSAGE_LENGTH) {
			throw new IllegalArgumentException("'message' must be at most " + MAX_MESSAGE_LENGTH + " characters");
		}
		if (details == null || hiddenDetails == null || logos == null) {
			throw new IllegalArgumentException(
					"'details', 'hiddenDetails' and 'logos' must not be null (use empty maps)");
		}
		details = validated("details", details, MAX_DETAIL_KEY_LENGTH);
		hiddenDetails = validated("hiddenDetails", hiddenDetails, MAX_DETAIL_LENGTH);
		logos = validatedLogos(logos);
		if (secondsToExpire != null && secondsToExpire < 0) {
			throw new IllegalArgumentException("'secondsToExpire' must be 0 (never) or positive");
		}
	}

	private static Map<String, String> validated(String name, Map<String, String> entries, int maxKeyLength) {
		Map<String, String> copy = new LinkedHashMap<>();
		entries.forEach((key, value) -> {
			if (key == null || key.isBlank() || key.length() > maxKeyLength) {
				throw new IllegalArgumentException(
						"keys of '" + name + "' must be 1 to " + maxKeyLength + " characters and not blank");
			}
			if (value == null || value.isBlank() || value.length() > MAX_DETAIL_LENGTH) {
				throw new IllegalArgumentException("values of '" + name + "' must be 1 to " + MAX_DETAIL_LENGTH
						+ " characters and not blank (key '" + key + "')");
			}
			copy.put(key, value);
		});
		return Collections.unmodifiableMap(copy);
	}

	private static Map<LogoResolution, String> validatedLogos(Map<LogoResolution, String> logos) {
		if (logos.isEmpty()) {
			return Map.of();
		}
		if (!logos.containsKey(LogoResolution.DEFAULT)) {
			throw new IllegalArgumentException("'logos' must include a DEFAULT logo when any logo is given");
		}
		Map<LogoResolution, String> copy = new EnumMap<>(LogoResolution.class);
		logos.forEach((resolution, url) -> {
			if (resolution == null || url == null || url.isBlank() || url.length() > MAX_LOGO_URL_LENGTH
					|| AuthySettingsValidator.httpUrlProblem(url) != null) {
				throw new IllegalArgumentException("logo URLs must be absolute http or https URLs of at most "
						+ MAX_LOGO_URL_LENGTH + " characters (resolution " + resolution + ")");
			}
			copy.put(resolution, url);
		});
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * Starts a request.
	 * @param authyId the Authy id of the user to ask
	 * @param message the subject shown in the push
	 * @return a builder
	 */
	public static Builder builder(long authyId, String message) {
		return new Builder(authyId, message);
	}

	/**
	 * Builds an {@link ApprovalRequest}; not thread-safe, {@link #build()} validates.
	 */
	public static final class Builder {

		private final long authyId;

		private final String message;

		private final Map<String, String> details = new LinkedHashMap<>();

		private final Map<String, String> hiddenDetails = new LinkedHashMap<>();

		private final Map<LogoResolution, String> logos = new EnumMap<>(LogoResolution.class);

		private @Nullable Integer secondsToExpire;

		private Builder(long authyId, String message) {
			this.authyId = authyId;
			this.message = message;
		}

		/**
		 * Sets the lifetime.
		 * @param seconds seconds until the request expires, 0 for never
		 * @return this builder
		 */
		public Builder secondsToExpire(int seconds) {
			this.secondsToExpire = seconds;
			return this;
		}

		/**
		 * Adds a detail shown to the user.
		 * @param key the label, at most 20 characters
		 * @param value the value, at most 200 characters
		 * @return this builder
		 */
		public Builder detail(String key, String value) {
			this.details.put(key, value);
			return this;
		}

		/**
		 * Adds a detail stored with the request but not shown.
		 * @param key the name, at most 200 characters
		 * @param value the value, at most 200 characters
		 * @return this builder
		 */
		public Builder hiddenDetail(String key, String value) {
			this.hiddenDetails.put(key, value);
			return this;
		}

		/**
		 * Sets the logo for a resolution; a later call for the same resolution wins.
		 * @param resolution the resolution
		 * @param url the image URL
		 * @return this builder
		 */
		public Builder logo(LogoResolution resolution, String url) {
			this.logos.put(resolution, url);
			return this;
		}

		/**
		 * Validates and builds the request.
		 * @return the request
		 * @throws IllegalArgumentException naming the argument and the rule it breaks
		 */
		public ApprovalRequest build() {
			return new ApprovalRequest(this.authyId, this.message, this.details, this.hiddenDetails, this.logos,
					this.secondsToExpire);
		}

	}

}
