package dev.authyspring.autoconfigure.onetouch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for the endpoint that receives OneTouch callbacks
 * ({@code authy.onetouch.callback.*}). Signature verification is always on.
 */
@ConfigurationProperties("authy.onetouch.callback")
public class OneTouchCallbackProperties {

	/**
	 * Whether to map the OneTouch callback endpoint in a servlet or WebFlux web
	 * application. By default it is mapped when 'authy.onetouch.callback.url' is set.
	 */
	private @Nullable Boolean enabled;

	/**
	 * Path of the callback endpoint.
	 */
	private String path = "/authy/onetouch/callback";

	/**
	 * Public callback URL as configured in the Authy console, used in the signature. When
	 * unset, the URL of the request as the client saw it is used.
	 */
	private @Nullable String url;

	/**
	 * Oldest nonce accepted. 0 turns the age check off.
	 */
	private Duration maxAge = Duration.ofMinutes(5);

	/**
	 * How far in the future a nonce may lie.
	 */
	private Duration maxClockSkew = Duration.ofSeconds(30);

	/**
	 * Comma-separated list of further API keys whose signatures are accepted, for key
	 * rotation.
	 */
	private List<String> additionalKeys = new ArrayList<>();

	/**
	 * Where processed callbacks are remembered, against replays and redeliveries:
	 * 'memory' (one instance only), or shared by every instance in the application's
	 * database ('jdbc') or Redis ('redis').
	 */
	private NonceStore nonceStore = NonceStore.MEMORY;

	private final Jdbc jdbc = new Jdbc();

	private final Redis redis = new Redis();

	public @Nullable Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(@Nullable Boolean enabled) {
		this.enabled = enabled;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Duration maxAge) {
		this.maxAge = maxAge;
	}

	public Duration getMaxClockSkew() {
		return this.maxClockSkew;
	}

	public void setMaxClockSkew(Duration maxClockSkew) {
		this.maxClockSkew = maxClockSkew;
	}

	public List<String> getAdditionalKeys() {
		return this.additionalKeys;
	}

	public void setAdditionalKeys(List<String> additionalKeys) {
		this.additionalKeys = additionalKeys;
	}

	public NonceStore getNonceStore() {
		return this.nonceStore;
	}

	public void setNonceStore(NonceStore nonceStore) {
		this.nonceStore = nonceStore;
	}

	public Jdbc getJdbc() {
		return this.jdbc;
	}

	public Redis getRedis() {
		return this.redis;
	}

	/**
	 * Where processed OneTouch callbacks are remembered.
	 */
	public enum NonceStore {

		/** In memory: replay protection for one instance of the application. */
		MEMORY,

		/** In the application's database, shared by every instance. */
		JDBC,

		/** In Redis, shared by every instance. */
		REDIS

	}

	/**
	 * When the nonce table is created.
	 */
	public enum SchemaInitialization {

		/** Only in an embedded database, such as H2. */
		EMBEDDED,

		/** Always; the scripts create only what is missing. */
		ALWAYS,

		/** Never: the table is created by the application's own migrations. */
		NEVER

	}

	/**
	 * The nonce store in the application's database.
	 */
	public static class Jdbc {

		/**
		 * When to create the authy_onetouch_nonce table with the scripts for PostgreSQL,
		 * MySQL or H2.
		 */
		private SchemaInitialization initializeSchema = SchemaInitialization.EMBEDDED;

		public SchemaInitialization getInitializeSchema() {
			return this.initializeSchema;
		}

		public void setInitializeSchema(SchemaInitialization initializeSchema) {
			this.initializeSchema = initializeSchema;
		}

	}

	/**
	 * The nonce store in Redis.
	 */
	public static class Redis {

		/**
		 * Prefix of the nonce keys.
		 */
		private String keyPrefix = "authy:onetouch:nonce:";

		public String getKeyPrefix() {
			return this.keyPrefix;
		}

		public void setKeyPrefix(String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

	}

}
