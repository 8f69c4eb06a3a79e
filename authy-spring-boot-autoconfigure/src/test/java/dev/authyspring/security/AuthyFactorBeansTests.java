package dev.authyspring.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.authyspring.client.model.ApprovalRequest;
import dev.authyspring.onetouch.web.OneTouchCallbackEndpoint;
import dev.authyspring.onetouch.web.OneTouchCallbackHandler;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.HttpSecurityBuilder;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link AuthyFactorBeans}: which beans the second factor takes from the
 * application context, and its defaults when there are none.
 */
class AuthyFactorBeansTests {

	@Test
	void defaultsWhenTheApplicationDefinesNone() {
		try (GenericApplicationContext context = context()) {
			AuthyFactorBeans beans = new AuthyFactorBeans(refreshed(context));
			assertThat(beans.clock()).isEqualTo(Clock.systemUTC());
			assertThat(beans.settings()).isEqualTo(AuthySecondFactorSettings.defaults());
			assertThat(beans.pushApprovalAnswers(Clock.systemUTC())).isInstanceOf(InMemoryPushApprovalAnswers.class);
			assertThat(beans.pushCustomizers(List.of())).isEmpty();
			assertThat(beans.callbackEndpoint()).isNull();
		}
	}

	@Test
	void usesTheApplicationsBeans() {
		Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
		AuthySecondFactorSettings settings = new AuthySecondFactorSettings(3,
				AuthySecondFactorSettings.defaults().resendInterval(),
				AuthySecondFactorSettings.defaults().loginTimeout(), AuthySecondFactorSettings.defaults().push(),
				AuthySecondFactorSettings.defaults().rememberDevice());
		PushApprovalAnswers answers = new InMemoryPushApprovalAnswers(clock);
		OneTouchCallbackEndpoint endpoint = new OneTouchCallbackEndpoint("/hooks/authy",
				new OneTouchCallbackHandler(() -> {
					throw new IllegalStateException("not called");
				}));
		try (GenericApplicationContext context = context()) {
			context.registerBean(Clock.class, () -> clock);
			context.registerBean(AuthySecondFactorSettings.class, () -> settings);
			context.registerBean(PushApprovalAnswers.class, () -> answers);
			context.registerBean(OneTouchCallbackEndpoint.class, () -> endpoint);
			AuthyFactorBeans beans = new AuthyFactorBeans(refreshed(context));
			assertThat(beans.clock()).isSameAs(clock);
			assertThat(beans.settings()).isSameAs(settings);
			assertThat(beans.pushApprovalAnswers(Clock.systemUTC())).isSameAs(answers);
			assertThat(beans.callbackEndpoint()).isSameAs(endpoint);
		}
	}

	@Test
	void pushCustomizerBeansInTheirOrderThenTheConfigurersOwn() {
		AuthyPushRequestCustomizer configured = (push, authentication, request) -> {
		};
		try (GenericApplicationContext context = context()) {
			context.registerBean("second", SecondCustomizer.class);
			context.registerBean("first", FirstCustomizer.class);
			List<AuthyPushRequestCustomizer> customizers = new AuthyFactorBeans(refreshed(context))
				.pushCustomizers(List.of(configured));
			assertThat(customizers).hasSize(3);
			assertThat(customizers.get(0)).isInstanceOf(FirstCustomizer.class);
			assertThat(customizers.get(1)).isInstanceOf(SecondCustomizer.class);
			assertThat(customizers.get(2)).isSameAs(configured);
		}
	}

	@Test
	void authyIdResolverPassedToTheConfigurerWinsOverTheBean() {
		AuthyIdResolver bean = (authentication) -> 1L;
		AuthyIdResolver configured = (authentication) -> 2L;
		try (GenericApplicationContext context = context()) {
			context.registerBean(AuthyIdResolver.class, () -> bean);
			AuthyFactorBeans beans = new AuthyFactorBeans(refreshed(context));
			assertThat(beans.authyIdResolver(configured)).isSameAs(configured);
			assertThat(beans.authyIdResolver(null)).isSameAs(bean);
		}
	}

	@Test
	void missingAuthyIdResolverSaysHowToProvideOne() {
		try (GenericApplicationContext context = context()) {
			AuthyFactorBeans beans = new AuthyFactorBeans(refreshed(context));
			assertThatIllegalStateException().isThrownBy(() -> beans.authyIdResolver(null))
				.withMessageContaining("needs to know each user's Authy id")
				.withMessageContaining(AuthyIdResolver.class.getName())
				.withMessageContaining("AuthyFactorConfigurer.authyIdResolver(...)");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void needsTheApplicationContextSharedObject() {
		HttpSecurityBuilder<?> http = mock(HttpSecurityBuilder.class);
		assertThatIllegalStateException().isThrownBy(() -> AuthyFactorBeans.of(http))
			.withMessage("AuthyFactorConfigurer needs the ApplicationContext shared object");
		try (GenericApplicationContext context = context()) {
			context.registerBean(AuthyIdResolver.class, () -> (authentication) -> 1L);
			given(http.getSharedObject(ApplicationContext.class)).willReturn(refreshed(context));
			assertThat(AuthyFactorBeans.of(http).authyIdResolver(null))
				.isSameAs(context.getBean(AuthyIdResolver.class));
		}
	}

	// Annotation-aware, as an application's context is, so that @Order counts.
	private static GenericApplicationContext context() {
		return new AnnotationConfigApplicationContext();
	}

	private static GenericApplicationContext refreshed(GenericApplicationContext context) {
		context.refresh();
		return context;
	}

	@Order(2)
	static class SecondCustomizer implements AuthyPushRequestCustomizer {

		@Override
		public void customize(ApprovalRequest.Builder push, Authentication authentication, HttpServletRequest request) {
		}

	}

	@Order(1)
	static class FirstCustomizer implements AuthyPushRequestCustomizer {

		@Override
		public void customize(ApprovalRequest.Builder push, Authentication authentication, HttpServletRequest request) {
		}

	}

}
