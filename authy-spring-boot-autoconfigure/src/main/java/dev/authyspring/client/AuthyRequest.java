package dev.authyspring.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * One call to describe to {@link AuthyHttp}: a URI template whose variables are expanded
 * and encoded by the client, never concatenated.
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

	String uriTemplate() {
		if (this.queryNames.isEmpty()) {
			return this.pathTemplate;
		}
		StringBuilder template = new StringBuilder(this.pathTemplate);
		char separator = '?';
		for (String name : this.queryNames) {
			template.append(separator).append(name).append("={").append(name).append('}');
			separator = '&';
		}
		return template.toString();
	}

	Map<String, Object> variables() {
		return this.variables;
	}

	@Nullable Map<String, Object> body() {
		return this.body;
	}

	ResponseClassifier classifier() {
		return this.classifier;
	}

}
