package dev.authyspring.client;

import dev.authyspring.client.model.AppDetails;
import dev.authyspring.client.model.AppStats;

/**
 * Details and statistics of the Authy application the API key belongs to.
 */
public interface AuthyApps {

	/**
	 * Returns the application's details. Safe to retry.
	 * @return the details
	 */
	AppDetails details();

	/**
	 * Returns the application's monthly statistics. Safe to retry.
	 * @return the statistics
	 */
	AppStats stats();

}
