package dev.authyspring.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Every code the simulator "delivered", oldest first, up to a limit so that a long soak
 * test does not fill the heap. Message ids keep increasing across {@link #clear()}.
 */
final class Outbox {

	static final int LIMIT = 10_000;

	private final AtomicLong ids = new AtomicLong();

	private final ConcurrentLinkedDeque<Message> messages = new ConcurrentLinkedDeque<>();

	Message deliver(@Nullable Long authyId, int countryCode, String digits, Channel via, Kind kind, String code,
			Instant sentAt, Instant expiresAt, @Nullable String locale) {
		Message message = new Message(this.ids.incrementAndGet(), authyId, countryCode, digits, via.wireName(),
				kind.wireName(), code, sentAt, expiresAt, locale);
		this.messages.addLast(message);
		while (this.messages.size() > LIMIT) {
			this.messages.pollFirst();
		}
		return message;
	}

	/**
	 * A copy of the outbox in id order, which concurrent deliveries may add to out of
	 * order.
	 */
	List<Message> messages() {
		List<Message> result = new ArrayList<>(this.messages);
		result.sort((a, b) -> Long.compare(a.id(), b.id()));
		return result;
	}

	/**
	 * The last SMS or voice token sent to a user.
	 */
	Optional<Message> lastTo(long authyId) {
		return last((message) -> message.authyId() != null && message.authyId() == authyId);
	}

	/**
	 * The last verification code sent to a number.
	 */
	Optional<Message> lastVerificationTo(int countryCode, @Nullable String digits) {
		return last((message) -> message.authyId() == null && message.countryCode() == countryCode
				&& message.phoneNumber().equals(digits));
	}

	private Optional<Message> last(Predicate<Message> wanted) {
		List<Message> ordered = messages();
		for (int i = ordered.size() - 1; i >= 0; i--) {
			if (wanted.test(ordered.get(i))) {
				return Optional.of(ordered.get(i));
			}
		}
		return Optional.empty();
	}

	void clear() {
		this.messages.clear();
	}

	/**
	 * What a message carries.
	 */
	enum Kind {

		/** An SMS or voice token for an Authy user. */
		TOKEN("token"),

		/** A phone verification code. */
		VERIFICATION("verification");

		private final String wireName;

		Kind(String wireName) {
			this.wireName = wireName;
		}

		String wireName() {
			return this.wireName;
		}

	}

}
