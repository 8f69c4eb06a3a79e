package dev.authyspring.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The registered users, by Authy id and by phone: one phone, one user. Ids keep
 * increasing across {@link #clear()}.
 */
final class Users {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private final Clock clock;

	private final RandomCodes random;

	private final Statistics statistics;

	private final AtomicLong userIds = new AtomicLong(1000);

	private final AtomicLong deviceIds = new AtomicLong(2_000_000);

	private final Map<Long, User> byId = new ConcurrentHashMap<>();

	private final Map<String, Long> byPhone = new ConcurrentHashMap<>();

	Users(Clock clock, RandomCodes random, Statistics statistics) {
		this.clock = clock;
		this.random = random;
		this.statistics = statistics;
	}

	/**
	 * Registers a user, or finds the one already registered with the same phone.
	 */
	User register(int countryCode, String digits, String email) {
		String key = phoneKey(countryCode, digits);
		while (true) {
			boolean[] created = { false };
			Long id = this.byPhone.computeIfAbsent(key, (k) -> {
				User user = new User(this.userIds.incrementAndGet(), countryCode, digits, this.random.secret(),
						this.deviceIds.incrementAndGet(), this.clock.instant());
				this.byId.put(user.id(), user);
				created[0] = true;
				return user.id();
			});
			User user = this.byId.get(id);
			if (user != null) {
				user.addEmail(email);
				if (created[0]) {
					this.statistics.count(Statistics.Counter.USERS);
				}
				return user;
			}
			// Deleted between the two look-ups: register afresh.
			this.byPhone.remove(key, id);
		}
	}

	@Nullable User find(long id) {
		return this.byId.get(id);
	}

	/**
	 * The user with an id as written in a path, or {@code null} if there is none or the
	 * text is not an id.
	 */
	@Nullable User find(String id) {
		if (!DIGITS.matcher(id).matches() || id.length() > 18) {
			return null;
		}
		return this.byId.get(Long.parseLong(id));
	}

	/**
	 * The user with an id.
	 * @throws IllegalArgumentException if there is none
	 */
	User get(long id) {
		User user = this.byId.get(id);
		if (user == null) {
			throw new IllegalArgumentException("No user with Authy id " + id);
		}
		return user;
	}

	/**
	 * The users, by id.
	 */
	List<User> all() {
		List<User> result = new ArrayList<>(this.byId.values());
		result.sort((a, b) -> Long.compare(a.id(), b.id()));
		return result;
	}

	boolean delete(long id) {
		User user = this.byId.remove(id);
		if (user == null) {
			return false;
		}
		this.byPhone.remove(phoneKey(user.countryCode(), user.digits()), id);
		return true;
	}

	int count() {
		return this.byId.size();
	}

	void clear() {
		this.byId.clear();
		this.byPhone.clear();
	}

	private static String phoneKey(int countryCode, String digits) {
		return countryCode + ":" + digits;
	}

}
