package dev.authyspring.benchmarks.clients;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Defines its own copy of every class of the application's classpath except the few it
 * shares, reading the bytes through the application's class loader.
 *
 * <p>
 * The starter's clients run one per loader so that each has its own Spring and its own JIT
 * profile, as in an application, which has one HTTP client under its {@code RestClient}.
 * With one copy of Spring's {@code RestClient} code shared by the simple, JDK, Apache and
 * Jetty request factories, the default client measured 10-15 % more CPU per call at 64
 * threads than authy-java; with a copy of its own, about the same.
 */
final class IsolatedClassLoader extends ClassLoader {

	static {
		registerAsParallelCapable();
	}

	private final ClassLoader application;

	private final Set<String> shared;

	/**
	 * Creates a loader.
	 * @param application the loader to read classes and resources through
	 * @param shared names of the classes to take from that loader rather than define again
	 */
	IsolatedClassLoader(ClassLoader application, Set<String> shared) {
		super("isolated-client", ClassLoader.getPlatformClassLoader());
		this.application = application;
		this.shared = shared;
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		if (this.shared.contains(name)) {
			return this.application.loadClass(name);
		}
		return super.loadClass(name, resolve);
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		String path = name.replace('.', '/') + ".class";
		try (InputStream in = this.application.getResourceAsStream(path)) {
			if (in == null) {
				throw new ClassNotFoundException(name);
			}
			byte[] bytes = in.readAllBytes();
			return defineClass(name, bytes, 0, bytes.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read " + path, ex);
		}
	}

	@Override
	protected @Nullable URL findResource(String name) {
		return this.application.getResource(name);
	}

	@Override
	protected Enumeration<URL> findResources(String name) throws IOException {
		return this.application.getResources(name);
	}

}
