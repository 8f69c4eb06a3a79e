package dev.authyspring.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that concurrent clients lose nothing and always get the right status.
 */
class ConcurrencyTests {

	static final int THREADS = 12;

	static final int USERS_PER_THREAD = 15;

	AuthySimulator simulator;

	Http http;

	@BeforeEach
	void start() {
		this.simulator = AuthySimulator.start();
		this.http = new Http(this.simulator);
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void concurrentUsersAndVerificationsLoseNothing() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		Set<Long> ids = ConcurrentHashMap.newKeySet();
		List<String> wrongAnswers = Collections.synchronizedList(new ArrayList<>());
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				futures.add(pool.submit(() -> {
					for (int u = 0; u < USERS_PER_THREAD; u++) {
						String phone = String.format("20155%02d%03d", thread, u);
						long id = this.http
							.postJson("/protected/json/users/new",
									"{\"user\":{\"email\":\"u" + thread + "_" + u + "@example.com\",\"cellphone\":\""
											+ phone + "\",\"country_code\":\"1\"}}")
							.id();
						ids.add(id);
						expect(wrongAnswers, "sms", this.http.get("/protected/json/sms/" + id).status(), 200);
						String code = this.simulator.lastCode(id);
						String wrong = code.equals("1111111") ? "2222222" : "1111111";
						expect(wrongAnswers, "wrong",
								this.http.get("/protected/json/verify/" + wrong + "/" + id + "?force=true").status(),
								401);
						expect(wrongAnswers, "right",
								this.http.get("/protected/json/verify/" + code + "/" + id + "?force=true").status(),
								200);
						expect(wrongAnswers, "reused",
								this.http.get("/protected/json/verify/" + code + "/" + id + "?force=true").status(),
								401);
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(wrongAnswers).isEmpty();
		assertThat(ids).hasSize(THREADS * USERS_PER_THREAD);
		assertThat(this.simulator.messages()).hasSize(THREADS * USERS_PER_THREAD);
		assertThat(this.simulator.messages()).extracting(Message::id).doesNotHaveDuplicates();
	}

	@Test
	void concurrentRegistrationsOfOnePhoneGetOneId() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		Set<Long> ids = ConcurrentHashMap.newKeySet();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < THREADS * 4; i++) {
				int n = i;
				futures.add(
						pool.submit(() -> ids.add(this.http
							.postJson("/protected/json/users/new",
									"{\"user\":{\"email\":\"same" + n
											+ "@example.com\",\"cellphone\":\"2015550199\",\"country_code\":1}}")
							.id())));
			}
			for (Future<?> future : futures) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ids).hasSize(1);
		assertThat(this.http.get("/protected/json/app/stats").at("total_users")).isEqualTo(1);
	}

	private static void expect(List<String> wrongAnswers, String step, int actual, int expected) {
		if (actual != expected) {
			wrongAnswers.add(step + ": " + actual + " instead of " + expected);
		}
	}

}
