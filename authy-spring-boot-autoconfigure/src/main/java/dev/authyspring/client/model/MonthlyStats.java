package dev.authyspring.client.model;

/**
 * Usage of the Authy application in one month.
 *
 * @param year the year
 * @param month the month's English name, as Authy sends it
 * @param smsCount SMS sent
 * @param callsCount voice calls made
 * @param usersCount users added
 * @param authsCount authentications
 * @param apiCallsCount API calls
 */
public record MonthlyStats(int year, String month, long smsCount, long callsCount, long usersCount, long authsCount,
		long apiCallsCount) {
}
