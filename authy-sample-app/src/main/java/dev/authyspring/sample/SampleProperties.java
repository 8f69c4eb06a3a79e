package dev.authyspring.sample;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sample application ({@code app.*}).
 */
@ConfigurationProperties("app")
public class SampleProperties {

	/**
	 * Comma-separated list of emails that get the ADMIN role. When empty, the first user
	 * to sign up is the admin.
	 */
	private List<String> adminEmails = new ArrayList<>();

	public List<String> getAdminEmails() {
		return this.adminEmails;
	}

	public void setAdminEmails(List<String> adminEmails) {
		this.adminEmails = adminEmails;
	}

}
