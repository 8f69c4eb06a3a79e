package dev.authyspring.client.model;

import java.util.List;

/**
 * Monthly statistics of the Authy application.
 *
 * @param appId the application id
 * @param count the number of months reported
 * @param totalUsers the number of users
 * @param months the statistics per month, oldest first as Authy sends them
 * @param message Authy's message
 */
public record AppStats(long appId, int count, long totalUsers, List<MonthlyStats> months, String message) {

	public AppStats {
		months = List.copyOf(months);
	}

	@Override
	public String toString() {
		return "AppStats[appId=" + this.appId + ", count=" + this.count + ", totalUsers=" + this.totalUsers
				+ ", months=" + this.months + ", message=" + ServerMessages.masked(this.message) + "]";
	}

}
