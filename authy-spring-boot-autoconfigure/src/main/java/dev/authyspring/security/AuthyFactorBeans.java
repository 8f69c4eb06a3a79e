package dev.authyspring.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.authyspring.client.AuthyOneTouch;
import dev.authyspring.client.AuthyTokens;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.onetouch.web.OneTouchCallbackEndpoint;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.HttpSecurityBuilder;
import org.springframework.util.Assert;

/**
 * What {@link AuthyFactorConfigurer} takes from the application context, with the
 * defaults for the beans an application need not define.
 */
final class AuthyFactorBeans {

	private final ApplicationContext context;

	AuthyFactorBeans(ApplicationContext context) {
		this.context = context;
	}

	static AuthyFactorBeans of(HttpSecurityBuilder<?> http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		Assert.state(context != null, "AuthyFactorConfigurer needs the ApplicationContext shared object");
		return new AuthyFactorBeans(context);
	}

	Clock clock() {
		return this.context.getBeanProvider(Clock.class).getIfUnique(Clock::systemUTC);
	}

	AuthySecondFactorSettings settings() {
		return this.context.getBeanProvider(AuthySecondFactorSettings.class)
			.getIfUnique(AuthySecondFactorSettings::defaults);
	}

	/**
	 * The {@link AuthyPushRequestCustomizer} beans in their order, then the configurer's
	 * own, so that the filter chain's word is the last.
	 */
	List<AuthyPushRequestCustomizer> pushCustomizers(List<AuthyPushRequestCustomizer> configured) {
		List<AuthyPushRequestCustomizer> pushCustomizers = new ArrayList<>(
				this.context.getBeanProvider(AuthyPushRequestCustomizer.class).orderedStream().toList());
		pushCustomizers.addAll(configured);
		return pushCustomizers;
	}

	SecondFactorSteps steps(AuthySecondFactorSettings settings, List<AuthyPushRequestCustomizer> pushCustomizers,
			Clock clock) {
		return new SecondFactorSteps(this.context.getBean(AuthyUsers.class), this.context.getBean(AuthyTokens.class),
				this.context.getBean(AuthyOneTouch.class), pushApprovalAnswers(clock), settings, pushCustomizers,
				clock);
	}

	PushApprovalAnswers pushApprovalAnswers(Clock clock) {
		return this.context.getBeanProvider(PushApprovalAnswers.class)
			.getIfUnique(() -> new InMemoryPushApprovalAnswers(clock));
	}

	AuthyFactorEvents events() {
		return new AuthyFactorEvents(this.context);
	}

	AuthyIdResolver authyIdResolver(@Nullable AuthyIdResolver configured) {
		AuthyIdResolver resolver = (configured != null) ? configured
				: this.context.getBeanProvider(AuthyIdResolver.class).getIfUnique();
		if (resolver == null) {
			throw new IllegalStateException("The Authy second factor needs to know each user's Authy id: define a "
					+ "bean of type " + AuthyIdResolver.class.getName()
					+ " that returns it (or null), or pass one to AuthyFactorConfigurer.authyIdResolver(...)");
		}
		return resolver;
	}

	@Nullable OneTouchCallbackEndpoint callbackEndpoint() {
		return this.context.getBeanProvider(OneTouchCallbackEndpoint.class).getIfUnique();
	}

}
