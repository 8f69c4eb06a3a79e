package dev.authyspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Details of the Authy application the API key belongs to.
 *
 * @param appId the application id
 * @param name the application name
 * @param plan the billing plan
 * @param smsEnabled whether SMS is enabled
 * @param phoneCallsEnabled whether voice calls are enabled, if reported
 * @param onetouchEnabled whether OneTouch is enabled, if reported
 * @param whiteLabel whether the application is white-labelled, if reported
 * @param message Authy's message
 */
public record AppDetails(long appId, String name, @Nullable String plan, boolean smsEnabled,
		@Nullable Boolean phoneCallsEnabled, @Nullable Boolean onetouchEnabled, @Nullable Boolean whiteLabel,
		String message) {

	@Override
	public String toString() {
		return "AppDetails[appId=" + this.appId + ", name=" + this.name + ", plan=" + this.plan + ", smsEnabled="
				+ this.smsEnabled + ", phoneCallsEnabled=" + this.phoneCallsEnabled + ", onetouchEnabled="
				+ this.onetouchEnabled + ", whiteLabel=" + this.whiteLabel + ", message="
				+ ServerMessages.masked(this.message) + "]";
	}

}
