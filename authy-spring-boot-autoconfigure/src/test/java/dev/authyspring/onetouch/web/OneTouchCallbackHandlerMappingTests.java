package dev.authyspring.onetouch.web;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.authyspring.core.internal.RailsQueryString;
import dev.authyspring.core.onetouch.CallbackParameters;
import dev.authyspring.core.onetouch.OneTouchSigner;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.MappedInterceptor;

import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_KEY;
import static dev.authyspring.core.onetouch.OneTouchVectors.JAVA_URL;
import static dev.authyspring.onetouch.web.CallbackClient.signed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how the callback endpoint is mapped in an application that has its own
 * controller, CORS mappings and interceptors, on a real server port.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "authy.api-key=" + JAVA_KEY, "authy.onetouch.callback.url=" + JAVA_URL })
class OneTouchCallbackHandlerMappingTests {

	private static final String PATH = "/authy/onetouch/callback";

	private final OneTouchSigner signer = new OneTouchSigner(JAVA_KEY);

	@LocalServerPort
	private int port;

	@Autowired
	private RecordingListener listener;

	@Autowired
	private MeterRegistry meterRegistry;

	@BeforeEach
	void reset() {
		this.listener.reset();
	}

	@Test
	void controllerOnTheSamePathDoesNotShadowCallbacks() {
		String nonce = Long.toString(Instant.now().getEpochSecond());
		byte[] body = callback("shadowed");
		String signature = this.signer.sign(nonce, "POST", JAVA_URL,
				RailsQueryString.of(CallbackParameters.parseJson(body)));
		HttpResponse<String> accepted = client(PATH).post(body, signed(nonce, signature));
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).isEmpty();
		assertThat(this.listener.received("shadowed")).hasSize(1);
		HttpResponse<String> unsigned = client(PATH).get("uuid=x");
		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(unsigned.body()).isEmpty();
		assertThat(client("/elsewhere").get(null).body()).isEqualTo("controller");
	}

	@ParameterizedTest
	@ValueSource(strings = { "HEAD", "OPTIONS" })
	void answersHeadAndOptionsWith405EvenWithAControllerOnThePath(String method) {
		HttpResponse<String> response = client(PATH).send(method, BodyPublishers.noBody(), null);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
	}

	@ParameterizedTest
	@ValueSource(strings = { PATH + "/", PATH + ".json", PATH + "/x" })
	void doesNotHandleTrailingSlashOrSuffixVariants(String path) {
		double before = callbackRequests();
		assertThat(client(path).get("uuid=x").statusCode()).isEqualTo(404);
		assertThat(callbackRequests()).isEqualTo(before);
	}

	@Test
	void traceIsRefusedByTheServletContainerBeforeTheHandler() {
		// Tomcat refuses TRACE itself (allowTrace=false) and renders the error page; the
		// handler, which answers other methods with an empty 405, never sees it.
		double before = callbackRequests();
		HttpResponse<String> trace = client(PATH).send("TRACE", BodyPublishers.noBody(), null);
		assertThat(trace.statusCode()).isEqualTo(405);
		assertThat(trace.headers().firstValue("Allow"))
			.hasValueSatisfying((allow) -> assertThat(allow).doesNotContain("TRACE"));
		assertThat(callbackRequests()).isEqualTo(before);
	}

	@Test
	void refusesPathParametersWith400AndNoBody() {
		double before = callbackRequests();
		HttpResponse<String> response = client(PATH + ";jsessionid=abc").get("uuid=x");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEmpty();
		assertThat(callbackRequests()).isEqualTo(before + 1);
	}

	@Test
	void appliesMappedInterceptorBeans() {
		assertThat(client(PATH).get("uuid=x").headers().firstValue("X-Mapped-Interceptor")).hasValue("applied");
	}

	@Test
	void grantsNoCorsEvenWithAGlobalCorsMapping() {
		// Authy calls the endpoint from its servers; no browser page needs to.
		HttpResponse<String> preflight = client(PATH).send("OPTIONS", BodyPublishers.noBody(), null, "Origin",
				"https://app.example.com", "Access-Control-Request-Method", "POST");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		HttpResponse<String> elsewhere = client("/elsewhere").send("OPTIONS", BodyPublishers.noBody(), null, "Origin",
				"https://app.example.com", "Access-Control-Request-Method", "GET");
		assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
	}

	@Test
	void tagsServerRequestMetricsWithTheCallbackPath() {
		client(PATH).get("uuid=x");
		assertThat(this.meterRegistry.find("http.server.requests").tags("uri", PATH, "status", "401").timer())
			.isNotNull();
	}

	private double callbackRequests() {
		return this.meterRegistry.find("authy.onetouch.callbacks")
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	private CallbackClient client(String path) {
		return new CallbackClient(this.port, path);
	}

	private static byte[] callback(String uuid) {
		return ("{\"authy_id\":1234,\"uuid\":\"" + uuid + "\",\"status\":\"approved\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ShadowingController.class)
	static class TestApplication implements WebMvcConfigurer {

		@Bean
		RecordingListener recordingListener() {
			return new RecordingListener();
		}

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		MappedInterceptor mappedInterceptor() {
			return new MappedInterceptor(null, new HandlerInterceptor() {

				@Override
				public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
					response.setHeader("X-Mapped-Interceptor", "applied");
					return true;
				}

			});
		}

		@Override
		public void addCorsMappings(CorsRegistry registry) {
			registry.addMapping("/**").allowedOrigins("https://app.example.com");
		}

	}

	@RestController
	static class ShadowingController {

		@RequestMapping({ PATH, "/elsewhere" })
		String any() {
			return "controller";
		}

	}

}
