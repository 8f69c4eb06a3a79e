package dev.authyspring.benchmarks.report;

/**
 * One cell of the client benchmark: an operation, a client and a thread count.
 *
 * @param operation {@code verify} or {@code status}
 * @param client the client's name
 * @param threads worker threads
 */
public record Cell(String operation, String client, int threads) {
}
