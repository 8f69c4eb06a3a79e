package dev.authyspring.simulator;

import java.util.Locale;

/**
 * The simulated Authy endpoints, as targets for fault injection.
 */
public enum Endpoint {

	/** {@code POST /protected/json/users/new}. */
	CREATE_USER("users/new"),

	/** {@code GET /protected/json/users/{id}/status}. */
	USER_STATUS("users/status"),

	/**
	 * The three delete paths: {@code users/{id}/remove}, {@code users/{id}/delete},
	 * {@code users/delete/{id}}.
	 */
	DELETE_USER("users/delete"),

	/** {@code POST /protected/json/users/{id}/register_activity}. */
	REGISTER_ACTIVITY("users/register_activity"),

	/** {@code GET /protected/json/sms/{id}}. */
	SMS("sms"),

	/** {@code GET /protected/json/call/{id}}. */
	CALL("call"),

	/** {@code GET /protected/json/verify/{token}/{id}}. */
	VERIFY_TOKEN("verify"),

	/** {@code POST /onetouch/json/users/{id}/approval_requests}. */
	CREATE_APPROVAL_REQUEST("onetouch/create"),

	/** {@code GET /onetouch/json/approval_requests/{uuid}}. */
	APPROVAL_REQUEST_STATUS("onetouch/status"),

	/** {@code POST /protected/json/phones/verification/start}. */
	START_VERIFICATION("phones/verification/start"),

	/** {@code GET /protected/json/phones/verification/check}. */
	CHECK_VERIFICATION("phones/verification/check"),

	/** {@code GET /protected/json/phones/verification/status}. */
	VERIFICATION_STATUS("phones/verification/status"),

	/** {@code GET /protected/json/phones/info}. */
	PHONE_INFO("phones/info"),

	/** {@code GET /protected/json/app/details}. */
	APP_DETAILS("app/details"),

	/** {@code GET /protected/json/app/stats}. */
	APP_STATS("app/stats"),

	/** Any Authy endpoint; a fault for it applies to whichever request comes next. */
	ANY("*"),

	/**
	 * The OneTouch callbacks the simulator sends: faults {@link Fault#latency delay} or
	 * {@link Fault#duplicate duplicate} them. {@link #ANY} does not apply to them.
	 */
	CALLBACK("callback");

	private final String key;

	Endpoint(String key) {
		this.key = key;
	}

	/**
	 * The name used by the HTTP control API, e.g. {@code sms} or {@code users/new}.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	/**
	 * Looks an endpoint up by its key or its constant name.
	 * @param name e.g. {@code verify} or {@code VERIFY_TOKEN}
	 * @return the endpoint
	 * @throws IllegalArgumentException if there is no such endpoint
	 */
	public static Endpoint of(String name) {
		for (Endpoint endpoint : values()) {
			if (endpoint.key.equals(name) || endpoint.name().equals(name.toUpperCase(Locale.ROOT))) {
				return endpoint;
			}
		}
		throw new IllegalArgumentException("Unknown endpoint '" + name + "'");
	}

}
