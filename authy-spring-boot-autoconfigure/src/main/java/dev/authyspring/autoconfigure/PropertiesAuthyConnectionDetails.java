package dev.authyspring.autoconfigure;

/**
 * {@link AuthyConnectionDetails} from {@code authy.base-url} and {@code authy.api-key}.
 */
final class PropertiesAuthyConnectionDetails implements AuthyConnectionDetails {

	private final AuthyProperties properties;

	PropertiesAuthyConnectionDetails(AuthyProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	@Override
	public String getApiKey() {
		String apiKey = this.properties.getApiKey();
		return (apiKey != null) ? apiKey : "";
	}

	@Override
	public String toString() {
		return "PropertiesAuthyConnectionDetails[baseUrl=" + getBaseUrl() + ", apiKey=<hidden>]";
	}

}
