package dev.authyspring.benchmarks.driver;

/**
 * Counts the TCP connections the server has accepted so far.
 */
@FunctionalInterface
public interface ConnectionCounter {

	/** A counter for servers that cannot count; every reading is -1. */
	ConnectionCounter NONE = () -> -1;

	/**
	 * Reads the counter.
	 * @return connections accepted since the server started, or -1 if unknown
	 */
	long accepted();

}
