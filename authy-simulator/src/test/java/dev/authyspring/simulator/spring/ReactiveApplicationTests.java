package dev.authyspring.simulator.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.authyspring.client.AuthyOneTouch;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.client.model.ApprovalStatus;
import dev.authyspring.onetouch.OneTouchCallback;
import dev.authyspring.onetouch.OneTouchCallbackEvent;
import dev.authyspring.simulator.AuthySimulator;
import dev.authyspring.simulator.CallbackResult;
import dev.authyspring.simulator.Endpoint;
import dev.authyspring.simulator.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebFlux application on Reactor Netty with the starter's auto-configuration: the
 * simulator delivers real signed OneTouch callbacks to it over HTTP, and its health
 * endpoint reports Authy.
 */
@SpringBootTest(classes = ReactiveApplicationTests.ReactiveApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "management.endpoint.health.show-details=always",
				"authy.onetouch.callback.enabled=true" })
@EnableAuthySimulator(callbackPath = "/authy/onetouch/callback")
class ReactiveApplicationTests {

	@Autowired
	private AuthySimulator simulator;

	@Autowired
	private AuthyUsers users;

	@Autowired
	private AuthyOneTouch oneTouch;

	@Autowired
	private Callbacks callbacks;

	@LocalServerPort
	private int port;

	@BeforeEach
	void reset() {
		this.simulator.reset();
		this.callbacks.received.clear();
		this.callbacks.threads.clear();
	}

	@Test
	void approvalOnThePhoneReachesTheApplicationOnceAsAnEvent() throws Exception {
		String uuid = pushTo("ana@example.com", "917-555-0123");
		CallbackResult delivery = this.simulator.approve(uuid).get(10, TimeUnit.SECONDS);
		assertThat(delivery.status()).isEqualTo(200);
		assertThat(this.callbacks.received).singleElement().satisfies((callback) -> {
			assertThat(callback.uuid()).isEqualTo(uuid);
			assertThat(callback.status()).isEqualTo(ApprovalStatus.APPROVED);
		});
		assertThat(this.callbacks.threads).singleElement().asString().doesNotContain("reactor-http");
	}

	@Test
	void callbackDeliveredTwiceIsPublishedOnce() throws Exception {
		String uuid = pushTo("bo@example.com", "917-555-0124");
		long duplicated = this.simulator.faultsApplied().getOrDefault(Fault.Type.DUPLICATE, 0L);
		this.simulator.injectFault(Endpoint.CALLBACK, Fault.duplicate(), 1);
		CallbackResult delivery = this.simulator.deny(uuid).get(10, TimeUnit.SECONDS);
		assertThat(delivery.status()).isEqualTo(200);
		assertThat(this.simulator.faultsApplied()).containsEntry(Fault.Type.DUPLICATE, duplicated + 1);
		assertThat(this.callbacks.received).singleElement()
			.satisfies((callback) -> assertThat(callback.status()).isEqualTo(ApprovalStatus.DENIED));
	}

	@Test
	void unsignedCallbackIsRejected() {
		client().post()
			.uri("/authy/onetouch/callback")
			.bodyValue("{\"authy_id\":1,\"uuid\":\"forged\",\"status\":\"approved\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.isEmpty();
		assertThat(this.callbacks.received).isEmpty();
	}

	@Test
	void healthEndpointReportsAuthyUp() {
		client().get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.authy.status")
			.isEqualTo("UP")
			.jsonPath("$.components.authy.details.application")
			.isNotEmpty();
	}

	private String pushTo(String email, String phone) {
		long id = this.users.create(email, phone, 1).id();
		this.simulator.installApp(id);
		return this.oneTouch.sendRequest(ApprovalRequest.builder(id, "Log in to the reactive app?").build()).uuid();
	}

	private WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ReactiveApplication {

		@Bean
		Callbacks callbacks() {
			return new Callbacks();
		}

	}

	static class Callbacks {

		final List<OneTouchCallback> received = new CopyOnWriteArrayList<>();

		final List<String> threads = new CopyOnWriteArrayList<>();

		@EventListener
		void onCallback(OneTouchCallbackEvent event) {
			this.threads.add(Thread.currentThread().getName());
			this.received.add(event.callback());
		}

	}

}
