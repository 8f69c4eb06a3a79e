package dev.authyspring.simulator;

import java.net.URI;
import java.net.http.HttpRequest;

import dev.authyspring.simulator.junit.AuthySimulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of what unknown paths, wrong methods and odd segments get from the Authy API and
 * the control API: the answers clients and scripts already rely on.
 */
@ExtendWith(AuthySimulatorExtension.class)
class RoutingTests {

	static final String NOT_FOUND = "{\"message\":\"Resource not found\",\"success\":false,\"errors\":{\"message\":\"Resource not found\"},\"error_code\":\"60000\"}";

	static final String USER_NOT_FOUND = "{\"message\":\"User not found.\",\"success\":false,\"errors\":{\"message\":\"User not found.\"},\"error_code\":\"60026\"}";

	static final String NO_RESOURCE = "{\"message\":\"No such simulator resource\",\"success\":false}";

	static final String USE_GET = "{\"message\":\"Use GET\",\"success\":false}";

	static String baseUrl;

	static Http http;

	@BeforeAll
	static void connect(AuthySimulator started) {
		baseUrl = started.baseUrl();
		http = new Http(started);
	}

	static Http.Response send(String method, String path) {
		return Http.send(http.request(path).method(method, HttpRequest.BodyPublishers.noBody()));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "GET|/protected/json/users/new", "POST|/protected/json/app/details",
					"DELETE|/protected/json/users/1/delete", "PUT|/protected/json/users/new",
					"GET|/protected/json/app/details/", "GET|/protected/json/app", "GET|/protected/json", "GET|/",
					"GET|/protected/xml/sms/1", "GET|/public/json/sms/1", "GET|/onetouch/json/approval_requests",
					"GET|/onetouch/json/users/1/approval_requests", "POST|/onetouch/json/approval_requests/x",
					"GET|/protected/json/phones/verification", "POST|/protected/json/phones/verification/check",
					"GET|/protected/json/phones/verification/start", "GET|/protected/json/verify/123456",
					"GET|/protected/json/users/1/status/", "POST|/protected/json/users/1/unknown", "GET|/simulatorx",
					"GET|/protected/json/sms/1/2" })
	void authyApiAnswersUnknownRoutesAndWrongMethodsWithNotFound(String method, String path) {
		Http.Response response = send(method, path);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo(NOT_FOUND);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "GET|/protected/json/users//status", "GET|/protected/json/sms/", "GET|/protected/json/call/abc",
					"POST|/protected/json/users/delete/delete", "POST|/protected/json/users/new/delete",
					"POST|/protected/json/users/new/register_activity", "GET|/protected/json/users/new/status",
					"GET|/protected/json/users/1234567890123456789/status", "POST|/protected/json/users/delete/",
					"POST|/onetouch/json/users/x/approval_requests" })
	void authyApiTakesAnySegmentAsAnIdAndFindsNoUser(String method, String path) {
		Http.Response response = send(method, path);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo(USER_NOT_FOUND);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "GET|/protected/json/nothing|404", "GET|/protected/json/users//status|401",
			"GET|/protected/json/app/details|401", "POST|/protected/json/app/details|404" })
	void authyApiFindsTheRouteBeforeCheckingTheKey(String method, String path, int status) {
		Http.Response response = Http.send(
				HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, HttpRequest.BodyPublishers.noBody()));
		assertThat(response.status()).isEqualTo(status);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "3f05a350-4b2c-0136-f779-12c0c2bf9easd" })
	void authyApiTakesAnySegmentAsAnApprovalRequest(String uuid) {
		Http.Response response = http.get("/onetouch/json/approval_requests/" + uuid);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"message\":\"Approval request not found: " + uuid
				+ "\",\"success\":false,\"errors\":{},\"error_code\":\"60049\"}");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "POST|/simulator/messages", "GET|/simulator//", "GET|/simulator/messages/",
			"GET|/simulator/users/abc/totp", "GET|/simulator/users/1234567890123456789/totp",
			"POST|/simulator/users/1001/totp", "GET|/simulator/users/1001/app", "GET|/simulator/users/1001",
			"POST|/simulator/users", "GET|/simulator/approval-requests/x/approve",
			"POST|/simulator/approval-requests/bad!uuid/approve", "POST|/simulator/approval-requests/abc/maybe",
			"POST|/simulator/approval-requests", "PUT|/simulator/faults", "GET|/simulator/callback",
			"GET|/simulator/reset", "DELETE|/simulator/reset", "GET|/simulator/unknown", "GET|/simulator/faults/x" })
	void controlApiAnswersUnknownRoutesAndWrongMethodsWithNotFound(String method, String path) {
		Http.Response response = send(method, path);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo(NO_RESOURCE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "PUT|/simulator", "POST|/simulator/", "DELETE|/simulator" })
	void controlPageOnlyAnswersGet(String method, String path) {
		Http.Response response = send(method, path);
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.body()).isEqualTo(USE_GET);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/simulator", "/simulator/" })
	void controlPageIsServedWithAndWithoutSlash(String path) {
		Http.Response response = http.getWithoutKey(path);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
	}

	@Test
	void controlApiAnswersBadRequestsWithTheMessage() {
		assertBadRequest("/simulator/faults", "{\"type\":\"latency\",\"count\":\"x\"}",
				"'count' must be a non-negative integer");
		assertBadRequest("/simulator/faults", "{\"count\":1}",
				"'type' is required: latency, status, html, malformed, drop, process_then_drop or duplicate");
		assertBadRequest("/simulator/faults", "{\"type\":\"explode\"}",
				"Unknown fault type; use latency, status, html, malformed, drop, process_then_drop or duplicate");
		assertBadRequest("/simulator/faults", "{\"type\":\"drop\",\"endpoint\":\"nowhere\"}",
				"Unknown endpoint 'nowhere'");
		assertBadRequest("/simulator/faults", "{\"type\":\"duplicate\",\"endpoint\":\"sms\"}",
				"Only callbacks can be duplicated");
		assertBadRequest("/simulator/callback", "{\"url\":\"ftp://example.com/cb\"}",
				"Callback URL must be an absolute http or https URL");
		assertBadRequest("/simulator/callback", "{\"url\":\"http://example.com/cb\",\"method\":\"PUT\"}",
				"No enum constant dev.authyspring.simulator.CallbackMethod.PUT");
	}

	private static void assertBadRequest(String path, String json, String message) {
		Http.Response response = http.postJson(path, json);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"message\":\"" + message + "\",\"success\":false}");
	}

}
