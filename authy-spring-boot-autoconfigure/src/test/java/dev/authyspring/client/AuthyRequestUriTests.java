package dev.authyspring.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthyRequestUriTests {

	@Test
	void expandsPathVariablesAndQueryInOrder() {
		AuthyRequest request = AuthyRequest
			.get("tokens.verify", "/protected/json/verify/{token}/{authyId}", CallKind.SIDE_EFFECT)
			.path("token", "1234567")
			.path("authyId", 1635L)
			.query("force", "true")
			.query("action", null);
		assertThat(request.uri()).isEqualTo("/protected/json/verify/1234567/1635?force=true");
	}

	@Test
	void encodesReservedCharactersInValuesAsData() {
		AuthyRequest request = AuthyRequest
			.get("users.requestSms", "/protected/json/sms/{authyId}", CallKind.SIDE_EFFECT)
			.path("authyId", "a/b?c")
			.query("action", "login & pay=1")
			.query("action_message", "café 100%");
		assertThat(request.uri())
			.isEqualTo("/protected/json/sms/a%2Fb%3Fc?action=login%20%26%20pay%3D1&action_message=caf%C3%A9%20100%25");
	}

	@Test
	void pathWithoutVariablesIsKept() {
		assertThat(AuthyRequest.get("apps.details", "/protected/json/app/details", CallKind.READ).uri())
			.isEqualTo("/protected/json/app/details");
	}

}
