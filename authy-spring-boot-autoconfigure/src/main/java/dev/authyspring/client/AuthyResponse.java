package dev.authyspring.client;

import tools.jackson.databind.JsonNode;

/**
 * A parsed answer from Authy.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param outcome what the request's classifier made of the answer
 */
record AuthyResponse(int status, JsonNode body, Outcome outcome) {
}
