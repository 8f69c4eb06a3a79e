package dev.authyspring.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the Authy API is and the key to call it with. By default taken from
 * {@code authy.base-url} and {@code authy.api-key}; a bean of this type replaces them, so
 * that a test (the Authy simulator) or a platform supplies the connection without
 * properties.
 */
public interface AuthyConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the base URL of the Authy API, such as {@code https://api.authy.com}.
	 * @return the base URL
	 */
	String getBaseUrl();

	/**
	 * Returns the application's API key. It is sent only in the {@code X-Authy-API-Key}
	 * header and signs the OneTouch callbacks.
	 * @return the API key
	 */
	String getApiKey();

}
