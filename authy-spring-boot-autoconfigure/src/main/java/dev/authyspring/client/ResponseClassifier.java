package dev.authyspring.client;

import tools.jackson.databind.JsonNode;

/**
 * Decides the outcome of an answer; {@link Outcome#ERROR} turns it into an
 * {@link AuthyApiException}.
 */
@FunctionalInterface
interface ResponseClassifier {

	/** "OK" is HTTP 200; everything else is an error. */
	ResponseClassifier OK_IS_200 = (status, body) -> (status == 200) ? Outcome.SUCCESS : Outcome.ERROR;

	Outcome classify(int status, JsonNode body);

}
