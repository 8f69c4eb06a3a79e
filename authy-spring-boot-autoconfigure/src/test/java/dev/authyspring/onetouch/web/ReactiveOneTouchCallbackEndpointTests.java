package dev.authyspring.onetouch.web;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import static dev.authyspring.onetouch.web.CallbackClient.signed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OneTouch callback endpoint of a WebFlux application, served by Reactor Netty.
 */
@SpringBootTest(classes = AbstractOneTouchCallbackEndpointTests.TestApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = { AbstractOneTouchCallbackEndpointTests.PROPERTIES,
				AbstractOneTouchCallbackEndpointTests.URL_PROPERTY, "spring.main.web-application-type=reactive" })
class ReactiveOneTouchCallbackEndpointTests extends AbstractOneTouchCallbackEndpointTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void runsOnNettyWithoutAServletHandler() {
		assertThat(this.context).isInstanceOf(ReactiveWebServerApplicationContext.class);
		assertThat(((ReactiveWebServerApplicationContext) this.context).getWebServer().getClass().getSimpleName())
			.isEqualTo("NettyWebServer");
		assertThat(this.context.getBeanNamesForType(OneTouchCallbackHandler.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ReactiveOneTouchCallbackHandler.class)).hasSize(1);
	}

	@Test
	void answersTraceWith405ItselfOnNetty() {
		HttpResponse<String> response = this.client.send("TRACE", BodyPublishers.noBody(), null);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
		assertThat(response.body()).isEmpty();
	}

	@Test
	void publishesOffTheEventLoop() {
		byte[] body = callback("off-the-loop", "approved");
		String nonce = nonce(0);
		HttpResponse<String> response = this.client.post(body, signed(nonce, sign(nonce, body)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.listener.threads).singleElement()
			.satisfies((thread) -> assertThat(thread).startsWith("boundedElastic-").doesNotContain("reactor-http"));
	}

}
