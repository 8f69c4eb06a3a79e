package dev.authyspring.aot;

import java.util.List;

import dev.authyspring.client.AuthyClientRuntimeHints;
import dev.authyspring.onetouch.OneTouchRuntimeHints;
import dev.authyspring.security.AuthySecurityRuntimeHints;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the starter's {@link RuntimeHintsRegistrar}s, as Spring's AOT processing
 * finds them in {@code META-INF/spring/aot.factories}.
 */
class RuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	RuntimeHintsTests() {
		registrars().forEach((registrar) -> registrar.registerHints(this.hints, getClass().getClassLoader()));
	}

	@Test
	void everyRegistrarIsListedInAotFactories() {
		assertThat(registrars()).extracting((registrar) -> (Object) registrar.getClass())
			.containsExactlyInAnyOrder(AuthyClientRuntimeHints.class, OneTouchRuntimeHints.class,
					AuthySecurityRuntimeHints.class);
	}

	@Test
	void theClientCanDetectApacheHttpClient() {
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(TypeReference.of("org.apache.hc.client5.http.impl.classic.HttpClients"))).accepts(this.hints);
	}

	@Test
	void theNonceTableScriptsAreResources() {
		for (String platform : List.of("postgresql", "mysql", "h2")) {
			String script = "dev/authyspring/onetouch/schema-" + platform + ".sql";
			assertThat(getClass().getClassLoader().getResource(script)).as(script).isNotNull();
			assertThat(RuntimeHintsPredicates.resource().forResource(script)).as(script).accepts(this.hints);
		}
		assertThat(RuntimeHintsPredicates.resource().forResource("dev/authyspring/onetouch/other.sql"))
			.rejects(this.hints);
	}

	@Test
	void whatTheFactorKeepsInTheSessionCanBeSerialized() {
		for (String type : List.of("dev.authyspring.security.LoginAttempt",
				"dev.authyspring.security.LoginAttempt$PushState", "dev.authyspring.security.AuthyFactorAuthentication",
				"dev.authyspring.security.AuthyFactorException", "dev.authyspring.security.AuthyFactorException$Reason",
				"dev.authyspring.security.AuthyFactorMethod", "java.time.Instant", "java.time.Ser")) {
			assertThat(ClassUtils.isPresent(type, getClass().getClassLoader())).as(type).isTrue();
			assertThat(RuntimeHintsPredicates.serialization().onType(TypeReference.of(type))).as(type)
				.accepts(this.hints);
		}
	}

	@Test
	void noSessionHintsWithoutSpringSecurity() {
		RuntimeHints withoutSecurity = new RuntimeHints();
		new AuthySecurityRuntimeHints().registerHints(withoutSecurity,
				new FilteredClassLoader("org.springframework.security."));
		assertThat(withoutSecurity.serialization().javaSerializationHints()).isEmpty();
	}

	@Test
	void theClientHintIsSkippedWithoutApacheHttpClient() {
		RuntimeHints withoutApache = new RuntimeHints();
		new AuthyClientRuntimeHints().registerHints(withoutApache, new FilteredClassLoader("org.apache.hc."));
		assertThat(withoutApache.reflection().typeHints()).isEmpty();
	}

	private static List<RuntimeHintsRegistrar> registrars() {
		return SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.stream()
			.filter((registrar) -> registrar.getClass().getName().startsWith("dev.authyspring."))
			.toList();
	}

}
