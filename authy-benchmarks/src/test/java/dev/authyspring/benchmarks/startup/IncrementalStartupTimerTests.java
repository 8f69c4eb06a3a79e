package dev.authyspring.benchmarks.startup;

import java.lang.reflect.Method;
import java.util.Arrays;

import dev.authyspring.autoconfigure.AuthyAutoConfiguration;
import dev.authyspring.client.AuthyClient;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

class IncrementalStartupTimerTests {

	@Test
	void apiTypesAreTheInterfacesTheAutoConfigurationMakesBeansOf() {
		// A sixth API bean, or a renamed one, must show in the figure the timer reports.
		String[] apiBeanTypes = Arrays.stream(AuthyAutoConfiguration.class.getDeclaredMethods())
			.filter((method) -> method.isAnnotationPresent(Bean.class))
			.map(Method::getReturnType)
			.filter((type) -> type.isInterface() && type.getPackageName().equals(AuthyClient.class.getPackageName()))
			.map(Class::getName)
			.toArray(String[]::new);
		assertThat(IncrementalStartupTimer.API_TYPES).containsExactlyInAnyOrder(apiBeanTypes);
	}

}
