package dev.authyspring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every registered auto-configuration against the house rules: public final,
 * package-private bean methods, every bean replaceable, no {@code @ConditionalOnClass} on
 * a bean method.
 */
class AutoConfigurationConventionsTests {

	@Test
	void registeredAutoConfigurationsFollowTheHouseRules() throws Exception {
		List<Class<?>> classes = registeredAutoConfigurations();
		assertThat(classes).isNotEmpty();
		for (Class<?> type : classes) {
			assertThat(type.isAnnotationPresent(AutoConfiguration.class)).as(type.getName()).isTrue();
			assertThat(Modifier.isPublic(type.getModifiers()) && Modifier.isFinal(type.getModifiers()))
				.as("%s is public final", type.getName())
				.isTrue();
			for (Method method : type.getDeclaredMethods()) {
				if (!method.isAnnotationPresent(Bean.class)) {
					continue;
				}
				String name = type.getSimpleName() + "." + method.getName();
				assertThat(Modifier.isPublic(method.getModifiers()) || Modifier.isPrivate(method.getModifiers())
						|| Modifier.isProtected(method.getModifiers()))
					.as("%s is package-private", name)
					.isFalse();
				assertThat(method.isAnnotationPresent(ConditionalOnMissingBean.class))
					.as("%s is @ConditionalOnMissingBean", name)
					.isTrue();
				assertThat(method.isAnnotationPresent(ConditionalOnClass.class))
					.as("%s has no @ConditionalOnClass", name)
					.isFalse();
			}
		}
	}

	@Test
	void everyPropertyHasADescriptionInTheMetadataAndARowInTheReadme() throws IOException {
		JsonNode metadata;
		try (InputStream in = AutoConfigurationConventionsTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).isNotNull();
			metadata = JsonMapper.builder().build().readTree(in);
		}
		String readme = Files.readString(Path.of("..", "README.md"));
		List<JsonNode> properties = List.copyOf(metadata.get("properties").values());
		assertThat(properties).hasSizeGreaterThan(10);
		for (JsonNode property : properties) {
			String name = property.get("name").asString();
			assertThat(property.get("description")).as("description of %s", name).isNotNull();
			assertThat(property.get("description").asString()).as("description of %s", name).isNotBlank();
			assertThat(readme).as("README row for %s", name).contains("`" + name + "`");
		}
	}

	private static List<Class<?>> registeredAutoConfigurations() throws IOException {
		try (InputStream in = AutoConfigurationConventionsTests.class
			.getResourceAsStream("/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
			assertThat(in).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.<Class<?>>map((name) -> {
					try {
						return Class.forName(name);
					}
					catch (ClassNotFoundException ex) {
						throw new IllegalStateException(name, ex);
					}
				})
				.toList();
		}
	}

}
