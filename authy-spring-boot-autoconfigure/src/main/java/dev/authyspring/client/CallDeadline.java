package dev.authyspring.client;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * Bounds an attempt of an Authy call in time as a whole: the read timeout bounds each
 * read, so a server that trickles a byte just inside it could hold a call forever. The
 * request factories register how to abort the exchange they start on the calling thread
 * ({@link #onAbort}); at the deadline a watchdog thread runs it. Apache HttpClient's
 * cancelled exchange fails at once; a disconnected {@code HttpURLConnection} fails while
 * it connects or waits for the answer, but a read already under way in the answer's body
 * ends only at the read timeout.
 */
final class CallDeadline {

	private static final ThreadLocal<@Nullable Attempt> CURRENT = new ThreadLocal<>();

	private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

	private CallDeadline() {
	}

	private static ScheduledThreadPoolExecutor watchdog() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "authy-call-deadline");
			thread.setDaemon(true);
			return thread;
		});
		// A call that ends in time cancels its task: gone at once rather than at its
		// deadline.
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

	/**
	 * Starts an attempt on this thread that is aborted once {@code remaining} has passed.
	 * @param remaining time left before the call's deadline, positive
	 * @return the attempt, to close when the exchange ended
	 */
	static Attempt start(Duration remaining) {
		Attempt attempt = new Attempt();
		attempt.watchdog = WATCHDOG.schedule(attempt::expire, remaining.toNanos(), TimeUnit.NANOSECONDS);
		CURRENT.set(attempt);
		return attempt;
	}

	/**
	 * Registers how to abort the exchange that the current attempt on this thread is
	 * about to start; without an attempt (a request made outside the Authy client)
	 * nothing is registered.
	 * @param abort closes the exchange's connection
	 */
	static void onAbort(Runnable abort) {
		Attempt attempt = CURRENT.get();
		if (attempt != null) {
			attempt.abort(abort);
		}
	}

	/**
	 * One attempt of a call.
	 */
	static final class Attempt implements AutoCloseable {

		private final AtomicBoolean expired = new AtomicBoolean();

		private volatile @Nullable Runnable abort;

		private volatile @Nullable ScheduledFuture<?> watchdog;

		private void abort(Runnable abort) {
			this.abort = abort;
			if (this.expired.get()) {
				abort.run();
			}
		}

		private void expire() {
			this.expired.set(true);
			Runnable abort = this.abort;
			if (abort != null) {
				try {
					abort.run();
				}
				catch (RuntimeException ex) {
					// The exchange failed or ended meanwhile; nothing is left to abort.
				}
			}
		}

		/**
		 * Whether the deadline passed during the attempt, so that its failure is the
		 * deadline's doing.
		 * @return whether the attempt expired
		 */
		boolean expired() {
			return this.expired.get();
		}

		@Override
		public void close() {
			ScheduledFuture<?> watchdog = this.watchdog;
			if (watchdog != null) {
				watchdog.cancel(false);
			}
			this.abort = null;
			CURRENT.remove();
		}

	}

}
