package dev.authyspring.autoconfigure.onetouch;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a shared nonce store that cannot be set up, and how to fix it.
 */
class NonceStoreFailureAnalyzer extends AbstractFailureAnalyzer<NonceStoreUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NonceStoreUnavailableException cause) {
		return new FailureAnalysis(
				"The OneTouch callback endpoint is set to remember callbacks in " + cause.getStore()
						+ " (authy.onetouch.callback.nonce-store=" + cause.getStore() + "), which needs "
						+ cause.getMissing() + ".",
				cause.getRemedy() + ", or set authy.onetouch.callback.nonce-store=memory (replay protection for one "
						+ "instance only).",
				cause);
	}

}
