package dev.authyspring.simulator;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import static dev.authyspring.simulator.Json.object;

/**
 * The Authy phone endpoints: start, check and report a verification, and phone
 * information.
 */
final class PhoneHandlers {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final DateTimeFormatter INFO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Verifications verifications;

	private final Clock clock;

	PhoneHandlers(Verifications verifications, Clock clock) {
		this.verifications = verifications;
		this.clock = clock;
	}

	ApiResponse startVerification(PathVariables path, RequestParameters params) {
		String viaName = params.text("via");
		if (viaName == null) {
			return ApiErrors.missingParameter("via");
		}
		Channel via = Channel.of(viaName);
		if (via == null) {
			return ApiErrors.invalidParameter("via", "Must be sms or call");
		}
		Phone phone = phone(params);
		int codeLength = 4;
		String length = params.text("code_length");
		if (length != null) {
			if (!DIGITS.matcher(length).matches() || length.length() > 2 || Integer.parseInt(length) < 4
					|| Integer.parseInt(length) > 10) {
				return ApiErrors.invalidParameter("code_length", "Must be between 4 and 10");
			}
			codeLength = Integer.parseInt(length);
		}
		PhoneNumbers.Carrier carrier = PhoneNumbers.carrier(phone.digits());
		if (via == Channel.SMS && "landline".equals(carrier.type())) {
			return ApiErrors.codeFirst(403, "60082", "Can not send SMS to landline phone numbers");
		}
		Verifications.Started started = this.verifications.start(phone.countryCode(), phone.digits(), via,
				params.text("locale"), codeLength);
		String display = PhoneNumbers.display(phone.countryCode(), phone.digits());
		String message = verificationMessage(via, params.text("locale"), display);
		return ApiResponse.ok(object("carrier", carrier.provider(), "is_cellphone", carrier.cellphone(), "is_ported",
				carrier.ported(), "message", message, "seconds_to_expire", started.secondsToExpire(), "uuid",
				started.uuid(), "success", true));
	}

	private static String verificationMessage(Channel via, @Nullable String locale, String display) {
		if (via == Channel.SMS) {
			return "Text message sent to " + display + ".";
		}
		// The only localised text on record; every other locale answers in English.
		if ("es".equals(locale)) {
			return "Llamada a " + display + " fue iniciada.";
		}
		return "Call to " + display + " initiated";
	}

	ApiResponse checkVerification(PathVariables path, RequestParameters params) {
		Phone phone = phone(params);
		String code = params.text("verification_code");
		if (code == null) {
			return ApiErrors.missingParameter("verification_code");
		}
		return switch (this.verifications.check(phone.countryCode(), phone.digits(), code)) {
			case CORRECT -> ApiResponse.ok(object("message", "Verification code is correct.", "success", true));
			case INCORRECT -> ApiErrors.codeFirst(401, "60022", "Verification code is incorrect");
			case NOT_FOUND -> ApiErrors.messageFirst(404, "60023", "No pending verifications for "
					+ PhoneNumbers.display(phone.countryCode(), phone.digits()) + " found.");
		};
	}

	ApiResponse verificationStatus(PathVariables path, RequestParameters params) {
		String uuid = params.text("uuid");
		Verifications.Status status;
		if (uuid != null) {
			status = this.verifications.status(uuid);
		}
		else {
			if (params.text("country_code") == null || params.text("phone_number") == null) {
				return ApiErrors.codeFirst(400, "60042", "Either uuid or country_code and phone number are required");
			}
			Phone phone = phone(params);
			status = this.verifications.status(phone.countryCode(), phone.digits());
		}
		if (status == null) {
			return ApiErrors.messageFirst(404, "60023", "Phone verification not found");
		}
		return ApiResponse.ok(object("message", "Phone Verification status.", "status", status.state().wireName(),
				"seconds_to_expire", status.secondsToExpire(), "success", true));
	}

	ApiResponse info(PathVariables path, RequestParameters params) {
		Phone phone = phone(params);
		PhoneNumbers.Carrier carrier = PhoneNumbers.carrier(phone.digits());
		String asOf = INFO_TIME.format(this.clock.instant());
		return ApiResponse.ok(object("message", "Phone number information as of " + asOf, "type", carrier.type(),
				"provider", carrier.provider(), "ported", carrier.ported(), "success", true));
	}

	private static Phone phone(RequestParameters params) {
		String country = params.text("country_code");
		if (country == null) {
			throw new BadRequestException(ApiErrors.missingParameter("country_code"));
		}
		int countryCode = PhoneNumbers.countryCode(country);
		if (countryCode < 0) {
			throw new BadRequestException(ApiErrors.codeFirst(403, "60078", "Invalid country code"));
		}
		String number = params.text("phone_number");
		if (number == null) {
			throw new BadRequestException(ApiErrors.missingParameter("phone_number"));
		}
		String digits = PhoneNumbers.national(countryCode, number);
		if (digits == null) {
			throw new BadRequestException(ApiErrors.invalidPhoneNumber());
		}
		return new Phone(countryCode, digits);
	}

	private record Phone(int countryCode, String digits) {
	}

}
