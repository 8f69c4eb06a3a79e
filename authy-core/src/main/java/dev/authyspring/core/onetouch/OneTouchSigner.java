package dev.authyspring.core.onetouch;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.authyspring.core.internal.AuthySettingsValidator;
import dev.authyspring.core.internal.RailsQueryString;

/**
 * Computes the {@code X-Authy-Signature} of a OneTouch callback: Base64 of HMAC-SHA256,
 * keyed with an Authy API key, over {@code nonce|METHOD|url|params}.
 *
 * <p>
 * Thread-safe. {@link #toString()} never shows the key.
 */
public final class OneTouchSigner {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	/**
	 * A keyed Mac per thread: looking one up and keying it costs more than the HMAC
	 * itself.
	 */
	private final ThreadLocal<Mac> macs;

	/**
	 * Creates a signer.
	 * @param apiKey the Authy API key the callbacks are signed with
	 */
	public OneTouchSigner(String apiKey) {
		String problem = AuthySettingsValidator.apiKeyProblem(apiKey);
		if (apiKey == null || problem != null) {
			throw new IllegalArgumentException("'apiKey' " + problem);
		}
		this.key = new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

	/**
	 * Signs a callback.
	 * @param nonce the value of the {@code X-Authy-Signature-Nonce} header
	 * @param method the HTTP method, {@code GET} or {@code POST} (upper-cased here)
	 * @param url scheme, host, port if not default, and path, without the query
	 * @param canonicalParameters the parameters as rendered by {@link RailsQueryString},
	 * or the raw query string of a GET callback
	 * @return the Base64 signature
	 */
	public String sign(String nonce, String method, String url, String canonicalParameters) {
		return Base64.getEncoder().encodeToString(hmac(nonce, method, url, canonicalParameters));
	}

	byte[] hmac(String nonce, String method, String url, String canonicalParameters) {
		String data = nonce + '|' + method.toUpperCase(Locale.ROOT) + '|' + url + '|' + canonicalParameters;
		// doFinal resets the Mac, ready for the next call on this thread.
		return this.macs.get().doFinal(data.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "OneTouchSigner[key=<hidden>]";
	}

}
