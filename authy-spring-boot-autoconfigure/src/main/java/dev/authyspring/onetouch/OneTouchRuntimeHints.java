package dev.authyspring.onetouch;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What the OneTouch callback support needs in a native image: the nonce table's schema
 * scripts, read as resources when {@code authy.onetouch.callback.jdbc.initialize-schema}
 * creates the table.
 */
public class OneTouchRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern("dev/authyspring/onetouch/schema-*.sql");
	}

}
