package dev.authyspring.client.model;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the builders of the wide response records, meant for tests: each sets every
 * component where it belongs, and leaves the others as the client reads an absent member.
 */
class ResponseRecordBuildersTests {

	private static final Instant T1 = Instant.parse("2026-01-01T00:00:01Z");

	private static final Instant T2 = Instant.parse("2026-01-01T00:00:02Z");

	private static final Instant T3 = Instant.parse("2026-01-01T00:00:03Z");

	private static final Device PHONE = new Device(1L, "authy", "android", "r-1", "sms", T1, T2);

	private static final Device TABLET = new Device(2L, "authy", "ios", "r-2", "push", T2, T3);

	@Test
	void userStatusBuilderSetsEveryComponent() {
		UserStatus built = UserStatus.builder(7)
			.confirmed(true)
			.registered(true)
			.countryCode(351)
			.phoneNumber("XX-XXX-4567")
			.email("ana@example.com")
			.devices("android", "sms")
			.hasHardToken(true)
			.accountDisabled(true)
			.detailedDevices(PHONE)
			.deletedDevices(TABLET)
			.message("User status.")
			.build();
		assertThat(built).isEqualTo(new UserStatus(7, true, true, 351, "XX-XXX-4567", "ana@example.com",
				List.of("android", "sms"), true, true, List.of(PHONE), List.of(TABLET), "User status."));
	}

	@Test
	void userStatusBuilderDefaults() {
		assertThat(UserStatus.builder(7).build())
			.isEqualTo(new UserStatus(7, false, false, 0, "", null, List.of(), false, false, List.of(), List.of(), ""));
	}

	@Test
	void approvalRequestStatusBuilderSetsEveryComponent() {
		ApprovalRequestStatus built = ApprovalRequestStatus.builder("u-1", ApprovalStatus.APPROVED)
			.authyId(7L)
			.appId("app")
			.appName("Shop")
			.userId("user")
			.userEmail("ana@example.com")
			.notified(true)
			.createdAt(T1)
			.updatedAt(T2)
			.processedAt(T3)
			.secondsToExpire(120L)
			.build();
		assertThat(built).isEqualTo(new ApprovalRequestStatus("u-1", ApprovalStatus.APPROVED, 7L, "app", "Shop", "user",
				"ana@example.com", true, T1, T2, T3, 120L));
	}

	@Test
	void approvalRequestStatusBuilderDefaults() {
		assertThat(ApprovalRequestStatus.builder("u-1", ApprovalStatus.PENDING).build())
			.isEqualTo(new ApprovalRequestStatus("u-1", ApprovalStatus.PENDING, null, null, null, null, null, false,
					null, null, null, null));
	}

	@Test
	void appDetailsBuilderSetsEveryComponentAndDefaults() {
		assertThat(AppDetails.builder()
			.appId(3)
			.name("Shop")
			.plan("starter")
			.smsEnabled(true)
			.phoneCallsEnabled(false)
			.onetouchEnabled(true)
			.whiteLabel(false)
			.message("Application information.")
			.build())
			.isEqualTo(new AppDetails(3, "Shop", "starter", true, false, true, false, "Application information."));
		assertThat(AppDetails.builder().build()).isEqualTo(new AppDetails(0, "", null, false, null, null, null, ""));
	}

	@Test
	void deviceBuilderSetsEveryComponentAndDefaults() {
		assertThat(Device.builder()
			.deviceId(1L)
			.deviceType("authy")
			.osType("android")
			.registrationDeviceId("r-1")
			.registrationMethod("sms")
			.lastSyncDate(T1)
			.creationDate(T2)
			.build()).isEqualTo(PHONE);
		assertThat(Device.builder().build()).isEqualTo(new Device(null, null, null, null, null, null, null));
	}

	@Test
	void monthlyStatsBuilderSetsEveryComponentAndDefaults() {
		assertThat(MonthlyStats.builder()
			.month(2024, "May")
			.smsCount(1)
			.callsCount(2)
			.usersCount(3)
			.authsCount(4)
			.apiCallsCount(5)
			.build()).isEqualTo(new MonthlyStats(2024, "May", 1, 2, 3, 4, 5));
		assertThat(MonthlyStats.builder().build()).isEqualTo(new MonthlyStats(0, "", 0, 0, 0, 0, 0));
	}

	@Test
	void userStatusBuilderListsAreCopies() {
		UserStatus.Builder builder = UserStatus.builder(7).devices("android");
		UserStatus first = builder.build();
		builder.devices("iphone");
		assertThat(first.devices()).containsExactly("android");
	}

}
