package dev.authyspring.security;

import dev.authyspring.client.model.ApprovalRequest;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;

/**
 * Adds to the OneTouch push sent at login, such as a detail the phone shows. Beans of
 * this type are applied in order, after the message, expiry and request details from
 * {@code authy.security.push.*}.
 */
@FunctionalInterface
public interface AuthyPushRequestCustomizer {

	/**
	 * Customizes the push.
	 * @param push the push being built
	 * @param authentication the user logging in, with the first factor only
	 * @param request the request that asked for the push
	 */
	void customize(ApprovalRequest.Builder push, Authentication authentication, HttpServletRequest request);

}
