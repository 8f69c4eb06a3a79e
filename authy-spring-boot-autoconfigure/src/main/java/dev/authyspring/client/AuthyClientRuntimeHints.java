package dev.authyspring.client;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What the Authy client needs in a native image: the class by which it detects Apache
 * HttpClient 5, so that the check finds it there too. Everything else it does without
 * reflection: JSON is read as a tree and written from maps.
 */
public class AuthyClientRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection().registerTypeIfPresent(classLoader, RequestFactorySource.APACHE_HTTP_CLIENT, (type) -> {
		});
	}

}
