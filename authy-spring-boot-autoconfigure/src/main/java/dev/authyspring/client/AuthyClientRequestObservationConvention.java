package dev.authyspring.client;

import java.net.URI;
import java.util.regex.Pattern;

import dev.authyspring.core.internal.Masking;
import io.micrometer.common.KeyValue;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;

/**
 * Spring's {@code http.client.requests} convention for the Authy client's own
 * {@code RestClient}: Authy puts tokens and Authy ids in paths and phone numbers in query
 * strings, so the recorded URL has its digits masked, and the {@code uri} key is the path
 * with its variable segments replaced, which also keeps it low-cardinality.
 */
public class AuthyClientRequestObservationConvention extends DefaultClientRequestObservationConvention {

	private static final Pattern NUMBER = Pattern.compile("[0-9]+");

	private static final Pattern UUID = Pattern.compile("[0-9A-Fa-f-]*[0-9][0-9A-Fa-f-]*-[0-9A-Fa-f-]+");

	@Override
	protected KeyValue uri(ClientRequestObservationContext context) {
		URI uri = requestUri(context.getCarrier());
		if (uri == null || uri.getRawPath() == null) {
			return super.uri(context);
		}
		StringBuilder template = new StringBuilder();
		for (String segment : uri.getRawPath().split("/", -1)) {
			if (!template.isEmpty() || !segment.isEmpty()) {
				template.append('/');
			}
			if (NUMBER.matcher(segment).matches()) {
				template.append("{number}");
			}
			else if (UUID.matcher(segment).matches()) {
				template.append("{uuid}");
			}
			else {
				template.append(segment);
			}
		}
		return KeyValue.of("uri", template.toString());
	}

	@Override
	protected KeyValue requestUri(ClientRequestObservationContext context) {
		KeyValue url = super.requestUri(context);
		return KeyValue.of(url.getKey(), Masking.digitRunsIn(Masking.emailsIn(url.getValue())));
	}

	private static @Nullable URI requestUri(@Nullable ClientHttpRequest request) {
		return (request != null) ? request.getURI() : null;
	}

}
