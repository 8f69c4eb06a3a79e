package dev.authyspring.core.onetouch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.authyspring.core.internal.AuthySettingsValidator;
import dev.authyspring.core.internal.RailsQueryString;
import dev.authyspring.core.onetouch.InvalidSignatureException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the {@code X-Authy-Signature} of OneTouch callbacks.
 *
 * <p>
 * Authy signs {@code nonce|METHOD|url|params}: the {@code X-Authy-Signature-Nonce} header
 * (a Unix time), the upper-case method, the callback URL without its query, and the
 * parameters, each part separated by {@code |}. For a POST callback the parameters are
 * its JSON body rendered as Rails' {@code Hash#to_query} would
 * ({@link RailsQueryString}); for a GET callback they are the raw query string, which
 * Authy already sends in that form. The signature is the Base64 text of the HMAC-SHA256
 * of that string, keyed with the API key.
 *
 * <p>
 * Several keys may be given, to accept callbacks signed with either key during a key
 * rotation. Only the exact Base64 text of the HMAC is accepted, so a replayed callback
 * cannot pass as a new one by re-encoding its signature. Thread-safe; {@link #toString()}
 * never shows the keys.
 */
public final class OneTouchSignatureVerifier {

	/** Header that carries the Base64 signature. */
	public static final String SIGNATURE_HEADER = "X-Authy-Signature";

	/** Header that carries the nonce, a Unix time in seconds. */
	public static final String NONCE_HEADER = "X-Authy-Signature-Nonce";

	/** Length of the Base64 text of a 32-byte HMAC-SHA256, padding included. */
	private static final int SIGNATURE_LENGTH = 44;

	private final List<OneTouchSigner> signers;

	/**
	 * Creates a verifier.
	 * @param apiKeys the API keys whose signatures are accepted, the current one first
	 */
	public OneTouchSignatureVerifier(List<String> apiKeys) {
		if (apiKeys == null || apiKeys.isEmpty()) {
			throw new IllegalArgumentException("at least one API key is needed to verify OneTouch callbacks");
		}
		List<OneTouchSigner> signers = new ArrayList<>(apiKeys.size());
		for (int i = 0; i < apiKeys.size(); i++) {
			String key = apiKeys.get(i);
			String problem = AuthySettingsValidator.apiKeyProblem(key);
			if (key == null || problem != null) {
				throw new IllegalArgumentException("API key #" + (i + 1) + " for OneTouch callbacks " + problem);
			}
			signers.add(new OneTouchSigner(key));
		}
		this.signers = List.copyOf(signers);
	}

	/**
	 * Creates a verifier for a single API key.
	 * @param apiKey the API key
	 * @return the verifier
	 */
	public static OneTouchSignatureVerifier of(String apiKey) {
		return new OneTouchSignatureVerifier(List.of(apiKey));
	}

	/**
	 * Verifies a callback of either method.
	 * @param method {@code GET} or {@code POST}, in any case
	 * @param url the callback URL as Authy called it: scheme, host, port if not default,
	 * path, no query
	 * @param headers case-insensitive header lookup
	 * @param body the raw request body (used for POST)
	 * @param rawQuery the query string exactly as received, without {@code ?} (used for
	 * GET)
	 * @return the verified callback
	 * @throws InvalidSignatureException if the signature is missing, malformed or wrong
	 * @throws MalformedCallbackException if a GET callback is correctly signed but its
	 * query string cannot be parsed
	 */
	public SignedCallback verify(String method, String url, CallbackHeaders headers, byte[] body,
			@Nullable String rawQuery) {
		String upperCaseMethod = method.toUpperCase(Locale.ROOT);
		return switch (upperCaseMethod) {
			case "POST" -> verifyPost(url, headers, body);
			case "GET" -> verifyGet(url, headers, rawQuery);
			default -> throw new InvalidSignatureException(Reason.UNSUPPORTED_METHOD);
		};
	}

	/**
	 * Verifies a POST callback, whose parameters are a JSON body.
	 * @param url the callback URL as Authy called it
	 * @param headers case-insensitive header lookup
	 * @param body the raw request body
	 * @return the verified callback, its parameters parsed from the body
	 * @throws InvalidSignatureException if the signature is missing, malformed or wrong,
	 * or the body is not a JSON object (it then cannot be verified)
	 */
	public SignedCallback verifyPost(String url, CallbackHeaders headers, byte[] body) {
		String nonce = nonce(headers);
		Instant nonceTime = nonceTime(nonce);
		String signature = signature(headers);
		Map<String, @Nullable Object> parameters;
		try {
			parameters = CallbackParameters.parseJson(body);
		}
		catch (MalformedCallbackException ex) {
			throw new InvalidSignatureException(Reason.UNREADABLE_PARAMETERS);
		}
		check(nonce, "POST", url, RailsQueryString.of(parameters), signature);
		return new SignedCallback("POST", nonce, nonceTime, signature, parameters);
	}

	/**
	 * Verifies a GET callback, whose parameters are the query string. The query string
	 * must be exactly as received ({@code HttpServletRequest.getQueryString()}): Authy
	 * signs it in canonical form, and decoding and re-encoding it could change it.
	 * @param url the callback URL as Authy called it, without the query
	 * @param headers case-insensitive header lookup
	 * @param rawQuery the raw query string, without {@code ?}
	 * @return the verified callback, its parameters parsed from the query string
	 * @throws InvalidSignatureException if the signature is missing, malformed or wrong
	 * @throws MalformedCallbackException if the query string is correctly signed but
	 * cannot be parsed
	 */
	public SignedCallback verifyGet(String url, CallbackHeaders headers, @Nullable String rawQuery) {
		String nonce = nonce(headers);
		Instant nonceTime = nonceTime(nonce);
		String signature = signature(headers);
		String query = (rawQuery != null) ? rawQuery : "";
		check(nonce, "GET", url, query, signature);
		return new SignedCallback("GET", nonce, nonceTime, signature, CallbackParameters.parseQuery(query));
	}

	private static String nonce(CallbackHeaders headers) {
		String nonce = trimmed(headers.get(NONCE_HEADER));
		if (nonce == null) {
			throw new InvalidSignatureException(Reason.MISSING_NONCE);
		}
		return nonce;
	}

	/**
	 * The nonce's time, parsed here once for the freshness check and the replay store.
	 */
	private static Instant nonceTime(String nonce) {
		Instant time = NonceFreshness.parse(nonce);
		if (time == null) {
			throw new InvalidSignatureException(Reason.MALFORMED_NONCE);
		}
		return time;
	}

	private static String signature(CallbackHeaders headers) {
		String signature = trimmed(headers.get(SIGNATURE_HEADER));
		if (signature == null) {
			throw new InvalidSignatureException(Reason.MISSING_SIGNATURE);
		}
		if (signature.length() != SIGNATURE_LENGTH || !isBase64(signature)) {
			throw new InvalidSignatureException(Reason.MALFORMED_SIGNATURE);
		}
		return signature;
	}

	private static boolean isBase64(String text) {
		try {
			return Base64.getDecoder().decode(text).length == 32;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private void check(String nonce, String method, String url, String canonicalParameters, String signature) {
		byte[] received = signature.getBytes(StandardCharsets.US_ASCII);
		boolean valid = false;
		// Every key is tried, so the time taken does not tell which one matched.
		for (OneTouchSigner signer : this.signers) {
			byte[] expected = signer.sign(nonce, method, url, canonicalParameters).getBytes(StandardCharsets.US_ASCII);
			valid |= MessageDigest.isEqual(expected, received);
		}
		if (!valid) {
			throw new InvalidSignatureException(Reason.MISMATCH);
		}
	}

	private static @Nullable String trimmed(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

	@Override
	public String toString() {
		return "OneTouchSignatureVerifier[keys=" + this.signers.size() + " <hidden>]";
	}

}
