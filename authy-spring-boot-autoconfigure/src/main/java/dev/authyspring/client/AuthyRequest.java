package dev.authyspring.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;

/**
 * One call to describe to {@link AuthyHttp}: a path template, its variables and its query
 * parameters. Its URI is built by concatenation (of the base URL, the template's literal
 * parts and the values), not by expanding a URI template, but each value is strictly
 * encoded on its own first, so that a value never changes the path or adds a parameter
 * (see {@link #uri()}).
 */
final class AuthyRequest {

	private final String operation;

	private final HttpMethod method;

	private final String pathTemplate;

	private final CallKind kind;

	private final Map<String, Object> variables = new LinkedHashMap<>();

	private final List<String> queryNames = new ArrayList<>(4);

	private @Nullable Map<String, Object> body;

	private ResponseClassifier classifier = ResponseClassifier.OK_IS_200;

	private AuthyRequest(String operation, HttpMethod method, String pathTemplate, CallKind kind) {
		this.operation = operation;
		this.method = method;
		this.pathTemplate = pathTemplate;
		this.kind = kind;
	}

	static AuthyRequest get(String operation, String pathTemplate, CallKind kind) {
		return new AuthyRequest(operation, HttpMethod.GET, pathTemplate, kind);
	}

	static AuthyRequest post(String operation, String pathTemplate, CallKind kind) {
		return new AuthyRequest(operation, HttpMethod.POST, pathTemplate, kind);
	}

	AuthyRequest path(String name, Object value) {
		this.variables.put(name, value);
		return this;
	}

	AuthyRequest query(String name, @Nullable Object value) {
		if (value != null) {
			this.variables.put(name, value);
			this.queryNames.add(name);
		}
		return this;
	}

	AuthyRequest body(Map<String, Object> body) {
		this.body = body;
		return this;
	}

	AuthyRequest classifier(ResponseClassifier classifier) {
		this.classifier = classifier;
		return this;
	}

	String operation() {
		return this.operation;
	}

	HttpMethod method() {
		return this.method;
	}

	CallKind kind() {
		return this.kind;
	}

	/**
	 * Returns the path and query with every variable strictly encoded (a {@code &},
	 * {@code /} or space in a value stays data), as Spring's {@code TEMPLATE_AND_VALUES}
	 * mode would, without a URI template: expanding one per call cost more CPU and
	 * allocation than the rest of the client (see docs/benchmarks.md). Templates are
	 * literal ASCII paths.
	 */
	String uri() {
		StringBuilder uri = new StringBuilder(this.pathTemplate.length() + 32);
		int start = 0;
		int open;
		while ((open = this.pathTemplate.indexOf('{', start)) >= 0) {
			int close = this.pathTemplate.indexOf('}', open);
			uri.append(this.pathTemplate, start, open);
			uri.append(encode(variable(this.pathTemplate.substring(open + 1, close))));
			start = close + 1;
		}
		uri.append(this.pathTemplate, start, this.pathTemplate.length());
		char separator = '?';
		for (String name : this.queryNames) {
			uri.append(separator).append(encode(name)).append('=').append(encode(variable(name)));
			separator = '&';
		}
		return uri.toString();
	}

	private String variable(String name) {
		Object value = this.variables.get(name);
		if (value == null) {
			throw new IllegalStateException("no value for '" + name + "'");
		}
		return value.toString();
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

	@Nullable Map<String, Object> body() {
		return this.body;
	}

	ResponseClassifier classifier() {
		return this.classifier;
	}

}
