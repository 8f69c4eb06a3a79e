package dev.authyspring.client.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the one masking rule of Authy's messages ({@link ServerMessages}): every
 * response record with a message keeps it as Authy sent it and masks it in
 * {@code toString()}.
 */
class ServerMessagesTests {

	private static final String MESSAGE = "Sent to +1 775-461-5609 for ana.lima@example.com.";

	private static final String MASKED = "message=Sent to +X XXX-XXX-XX09 for a***@example.com.";

	@Test
	void masksPhoneNumbersAndEmailAddresses() {
		assertThat(ServerMessages.masked(MESSAGE)).isEqualTo("Sent to +X XXX-XXX-XX09 for a***@example.com.");
		assertThat(ServerMessages.masked("Token is valid.")).isEqualTo("Token is valid.");
		assertThat(ServerMessages.masked("")).isEmpty();
	}

	@Test
	void everyRecordWithAMessageKeepsItAndMasksItInToString() {
		List<Record> records = List.of(AppDetails.builder().message(MESSAGE).build(),
				new AppStats(1, 0, 0, List.of(), MESSAGE), new AuthyUser(1, MESSAGE),
				new PhoneInfo(PhoneType.CELLPHONE, null, false, MESSAGE),
				new PhoneVerification(MESSAGE, null, null, null, null, null),
				new PhoneVerificationCheck(false, MESSAGE, "60023"),
				new PhoneVerificationStatus(VerificationState.PENDING, null, MESSAGE),
				new TokenRequest(false, null, MESSAGE, null), new TokenVerification(false, MESSAGE, null),
				UserStatus.builder(1).message(MESSAGE).build());
		for (Record record : records) {
			assertThat(record).extracting("message").as(record.getClass().getSimpleName()).isEqualTo(MESSAGE);
			assertThat(record.toString()).as(record.getClass().getSimpleName())
				.contains(MASKED)
				.doesNotContain("461-5609")
				.doesNotContain("ana.lima");
		}
	}

	@Test
	void tokenRequestToStringMasksTheNumberAgainEvenIfAuthyDidNot() {
		assertThat(new TokenRequest(false, "+351-912-345-667", "SMS sent.", null).toString())
			.contains("cellphone=+XXX-XXX-XXX-X67")
			.doesNotContain("912");
		assertThat(new TokenRequest(true, null, "Ignored", "android").toString())
			.isEqualTo("TokenRequest[ignored=true, cellphone=null, message=Ignored, device=android]");
	}

	@Test
	void toStringKeepsTheRecordsUsualShape() {
		assertThat(new TokenVerification(true, "Token is valid.", null).toString())
			.isEqualTo("TokenVerification[valid=true, message=Token is valid., errorCode=null]");
		assertThat(new AuthyUser(7, "User created successfully.").toString())
			.isEqualTo("AuthyUser[id=7, message=User created successfully.]");
		assertThat(
				new PhoneVerificationStatus(VerificationState.VERIFIED, 474, "Phone Verification status.").toString())
			.isEqualTo(
					"PhoneVerificationStatus[status=VERIFIED, secondsToExpire=474, message=Phone Verification status.]");
	}

}
