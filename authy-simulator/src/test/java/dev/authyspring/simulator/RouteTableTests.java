package dev.authyspring.simulator;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link RouteTable} and {@link PathPattern}: methods, literal and variable
 * segments, constraints and declaration order.
 */
class RouteTableTests {

	RouteTable<String> table = RouteTable.<String>builder()
		.post("/users/new", "create")
		.post("/users/delete/{id}", "delete by prefix")
		.post("/users/{id}/delete", "delete by suffix")
		.get("/users/{id}/status", "status")
		.get("/verify/{token}/{id}", "verify")
		.get("/numbers/{id:[0-9]{1,3}}", "number")
		.get("/", "root")
		.get("/page", "page")
		.any("/page", "not a GET")
		.delete("/faults", "clear")
		.build();

	@Test
	void matchesLiteralsAndTakesVariablesAsSent() {
		assertThat(handler("POST", "/users/new")).isEqualTo("create");
		RouteTable.Match<String> verify = this.table.match("GET", "/verify/12%2034/1001");
		assertThat(verify.handler()).isEqualTo("verify");
		assertThat(verify.variables().values()).isEqualTo(Map.of("token", "12%2034", "id", "1001"));
		assertThat(verify.variables().get("id")).isEqualTo("1001");
		assertThat(handler("GET", "/")).isEqualTo("root");
	}

	@Test
	void variableTakesAnySegmentEvenAnEmptyOne() {
		RouteTable.Match<String> match = this.table.match("GET", "/users//status");
		assertThat(match.handler()).isEqualTo("status");
		assertThat(match.variables().get("id")).isEmpty();
		assertThat(handler("GET", "/users/new/status")).isEqualTo("status");
	}

	@Test
	void firstDeclaredRouteWins() {
		RouteTable.Match<String> match = this.table.match("POST", "/users/delete/delete");
		assertThat(match.handler()).isEqualTo("delete by prefix");
		assertThat(match.variables().get("id")).isEqualTo("delete");
		assertThat(handler("POST", "/users/new/delete")).isEqualTo("delete by suffix");
	}

	@Test
	void wrongMethodUnknownPathAndTrailingSlashDoNotMatch() {
		assertThat(this.table.match("GET", "/users/new")).isNull();
		assertThat(this.table.match("PUT", "/faults")).isNull();
		assertThat(this.table.match("POST", "/users/new/")).isNull();
		assertThat(this.table.match("GET", "/users/1/status/")).isNull();
		assertThat(this.table.match("GET", "/users/1")).isNull();
		assertThat(this.table.match("GET", "")).isNull();
		assertThat(this.table.match("GET", "/nothing")).isNull();
	}

	@Test
	void constraintLimitsWhatAVariableTakes() {
		assertThat(handler("GET", "/numbers/123")).isEqualTo("number");
		assertThat(this.table.match("GET", "/numbers/1234")).isNull();
		assertThat(this.table.match("GET", "/numbers/abc")).isNull();
		assertThat(this.table.match("GET", "/numbers/")).isNull();
	}

	@Test
	void anyMethodRouteAnswersWhatTheOthersLeave() {
		assertThat(handler("GET", "/page")).isEqualTo("page");
		assertThat(handler("POST", "/page")).isEqualTo("not a GET");
		assertThat(handler("BREW", "/page")).isEqualTo("not a GET");
	}

	@Test
	void rejectsMalformedPatterns() {
		assertThatIllegalArgumentException().isThrownBy(() -> PathPattern.parse("users/new"))
			.withMessageContaining("must start with '/'");
		assertThatIllegalArgumentException().isThrownBy(() -> PathPattern.parse("/a/{id}/b/{id}"))
			.withMessageContaining("names 'id' twice");
	}

	@Test
	void unknownVariableIsAnError() {
		PathVariables variables = this.table.match("GET", "/users/1/status").variables();
		assertThatIllegalArgumentException().isThrownBy(() -> variables.get("uuid"))
			.withMessage("No path variable 'uuid'");
	}

	@Test
	void variablesShowTheirNamesOnly() {
		assertThat(this.table.match("GET", "/verify/123456/1001").variables().toString()).contains("token", "id")
			.doesNotContain("123456", "1001");
	}

	@Test
	void patternShowsAsWritten() {
		assertThat(PathPattern.parse("/numbers/{id:[0-9]{1,3}}")).hasToString("/numbers/{id:[0-9]{1,3}}");
	}

	private String handler(String method, String path) {
		RouteTable.Match<String> match = this.table.match(method, path);
		assertThat(match).as("%s %s", method, path).isNotNull();
		return match.handler();
	}

}
