package dev.authyspring.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import static dev.authyspring.simulator.Json.object;

/**
 * The Authy endpoints: routing, API key check, validation and the answers, with the
 * texts of the recorded responses.
 */
final class AuthyApi {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern TOKEN = Pattern.compile("[0-9]{6,12}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Set<String> ACTIVITY_TYPES = Set.of("password_reset", "banned", "unbanned", "cookie_login");

	private static final Set<String> LOGO_RESOLUTIONS = Set.of("default", "low", "med", "high");

	private static final DateTimeFormatter INFO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final SimulatorState state;

	private final byte[] apiKey;

	AuthyApi(SimulatorState state, String apiKey) {
		this.state = state;
		this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Finds the endpoint for a request, or {@code null} if Authy has no such route.
	 */
	@Nullable Route route(String method, String path) {
		String[] s = path.split("/", -1);
		// s[0] is the empty text before the leading slash.
		if (s.length < 4 || !s[0].isEmpty() || !"json".equals(s[2])) {
			return null;
		}
		boolean get = "GET".equals(method);
		boolean post = "POST".equals(method);
		if ("onetouch".equals(s[1])) {
			if (post && s.length == 6 && "users".equals(s[3]) && "approval_requests".equals(s[5])) {
				return new Route(Endpoint.CREATE_APPROVAL_REQUEST, (r) -> createApproval(s[4], r));
			}
			if (get && s.length == 5 && "approval_requests".equals(s[3])) {
				return new Route(Endpoint.APPROVAL_REQUEST_STATUS, (r) -> approvalStatus(s[4]));
			}
			return null;
		}
		if (!"protected".equals(s[1])) {
			return null;
		}
		String area = s[3];
		if ("users".equals(area)) {
			if (post && s.length == 5 && "new".equals(s[4])) {
				return new Route(Endpoint.CREATE_USER, this::createUser);
			}
			if (post && s.length == 6 && "delete".equals(s[4])) {
				return new Route(Endpoint.DELETE_USER, (r) -> deleteUser(s[5]));
			}
			if (post && s.length == 6 && ("remove".equals(s[5]) || "delete".equals(s[5]))) {
				return new Route(Endpoint.DELETE_USER, (r) -> deleteUser(s[4]));
			}
			if (post && s.length == 6 && "register_activity".equals(s[5])) {
				return new Route(Endpoint.REGISTER_ACTIVITY, (r) -> registerActivity(s[4], r));
			}
			if (get && s.length == 6 && "status".equals(s[5])) {
				return new Route(Endpoint.USER_STATUS, (r) -> userStatus(s[4]));
			}
			return null;
		}
		if (get && s.length == 5 && ("sms".equals(area) || "call".equals(area))) {
			Channel via = "sms".equals(area) ? Channel.SMS : Channel.CALL;
			return new Route("sms".equals(area) ? Endpoint.SMS : Endpoint.CALL, (r) -> sendToken(via, s[4], r));
		}
		if (get && s.length == 6 && "verify".equals(area)) {
			return new Route(Endpoint.VERIFY_TOKEN, (r) -> verifyToken(s[4], s[5], r));
		}
		if ("phones".equals(area)) {
			if (post && s.length == 6 && "verification".equals(s[4]) && "start".equals(s[5])) {
				return new Route(Endpoint.START_VERIFICATION, this::startVerification);
			}
			if (get && s.length == 6 && "verification".equals(s[4]) && "check".equals(s[5])) {
				return new Route(Endpoint.CHECK_VERIFICATION, this::checkVerification);
			}
			if (get && s.length == 6 && "verification".equals(s[4]) && "status".equals(s[5])) {
				return new Route(Endpoint.VERIFICATION_STATUS, this::verificationStatus);
			}
			if (get && s.length == 5 && "info".equals(s[4])) {
				return new Route(Endpoint.PHONE_INFO, this::phoneInfo);
			}
			return null;
		}
		if (get && s.length == 5 && "app".equals(area) && "details".equals(s[4])) {
			return new Route(Endpoint.APP_DETAILS, (r) -> appDetails());
		}
		if (get && s.length == 5 && "app".equals(area) && "stats".equals(s[4])) {
			return new Route(Endpoint.APP_STATS, (r) -> appStats());
		}
		return null;
	}

	/**
	 * Checks the API key (header, or the legacy {@code api_key} parameter), then handles.
	 */
	ApiResponse handle(Route route, @Nullable String apiKeyHeader, RequestParameters params) {
		String key = (apiKeyHeader != null) ? apiKeyHeader : params.string("api_key");
		if (key == null || !MessageDigest.isEqual(this.apiKey, key.getBytes(StandardCharsets.UTF_8))) {
			return ApiErrors.invalidApiKey();
		}
		this.state.statistics().count(Statistics.Counter.API_CALLS);
		try {
			return route.handler().apply(params);
		}
		catch (BadRequestException ex) {
			return ex.response();
		}
	}

	// Users

	private ApiResponse createUser(RequestParameters params) {
		Map<String, String> errors = new LinkedHashMap<>();
		String email = params.text("user", "email");
		if (email == null || !EMAIL.matcher(email).matches()) {
			errors.put("email", "is invalid");
		}
		String countryText = params.text("user", "country_code");
		int countryCode = (countryText != null) ? PhoneNumbers.countryCode(countryText) : 1;
		if (countryCode < 0) {
			errors.put("country_code", "is not supported");
		}
		String digits = (countryCode > 0) ? PhoneNumbers.national(countryCode, params.text("user", "cellphone"))
				: null;
		if (digits == null && countryCode > 0) {
			errors.put("cellphone", "is invalid");
		}
		if (!errors.isEmpty() || digits == null || email == null) {
			return ApiErrors.userNotValid(errors);
		}
		User user = this.state.users().register(countryCode, digits, email);
		return ApiResponse.ok(object("message", "User created successfully.", "user", object("id", user.id()),
				"success", true));
	}

	private ApiResponse userStatus(String id) {
		User found = findUser(id);
		if (found == null) {
			return ApiErrors.userNotFound();
		}
		User.Snapshot user = found.snapshot();
		List<String> devices = user.appInstalled() ? List.of("android") : List.of();
		Map<String, Object> status = object("authy_id", user.id(), "confirmed", true, "registered",
				user.registered(), "country_code", user.countryCode(), "phone_number",
				PhoneNumbers.maskedNumber(user.digits()), "email", user.firstEmail(), "devices", devices,
				"has_hard_token", false, "account_disabled", false);
		return ApiResponse.ok(object("status", status, "message", "User status.", "success", true));
	}

	private ApiResponse deleteUser(String id) {
		User user = findUser(id);
		if (user == null || !this.state.users().delete(user.id())) {
			return ApiErrors.userNotFound();
		}
		return ApiResponse.ok(object("message", "User removed from application", "success", true));
	}

	private ApiResponse registerActivity(String id, RequestParameters params) {
		User user = findUser(id);
		if (user == null) {
			return ApiErrors.userNotFound();
		}
		String type = params.text("type");
		if (type == null) {
			return ApiErrors.missingParameter("type");
		}
		if (!ACTIVITY_TYPES.contains(type)) {
			return ApiErrors.invalidParameter("type", "Must be one of " + String.join(", ", ACTIVITY_TYPES.stream()
				.sorted()
				.toList()));
		}
		return ApiResponse.ok(object("message", "Activity was created.", "success", true));
	}

	// Tokens

	private ApiResponse sendToken(Channel via, String id, RequestParameters params) {
		User user = findUser(id);
		if (user == null) {
			return ApiErrors.userNotFound();
		}
		String cellphone = PhoneNumbers.maskedCellphone(user.countryCode(), user.digits());
		if (user.appInstalled() && !params.flag("force")) {
			String message = (via == Channel.SMS)
					? "Ignored: SMS is not needed for smartphones. Pass force=true if you want to actually send it anyway."
					: "Call ignored. User is using  App Tokens and this call is not necessary. Pass force=true if you still want to call users that are using the App.";
			return ApiResponse.ok(object("message", message, "cellphone", cellphone, "device", "android", "ignored",
					true, "success", true));
		}
		this.state.tokens().send(user, via, params.text("action"), params.text("locale"));
		if (via == Channel.SMS) {
			return ApiResponse.ok(object("success", true, "message", "SMS token was sent", "cellphone", cellphone));
		}
		return ApiResponse.ok(object("cellphone", cellphone, "message", "Call started...", "success", true));
	}

	private ApiResponse verifyToken(String token, String id, RequestParameters params) {
		if (!TOKEN.matcher(token).matches()) {
			return ApiErrors.invalidToken(400);
		}
		User user = findUser(id);
		if (user == null) {
			return ApiErrors.userNotFound();
		}
		return switch (this.state.tokens().verify(user, token, params.flag("force"), params.text("action"))) {
			case VALID -> ApiResponse.ok(object("message", "Token is valid.", "token", "is valid", "success", "true",
					"device", device(user)));
			case REUSED -> ApiErrors.reusedToken();
			case INVALID -> ApiErrors.invalidToken(401);
		};
	}

	private static Map<String, Object> device(User user) {
		boolean app = user.appInstalled();
		return object("id", app ? user.deviceId() : null, "os_type", app ? "android" : "sms", "registration_date",
				user.createdAt().getEpochSecond(), "registration_method", app ? "sms" : null, "registration_country",
				null, "registration_region", null, "registration_city", null, "country", null, "region", null, "city",
				null, "ip", null, "last_account_recovery_at", null, "last_sync_date", null);
	}

	// OneTouch

	private ApiResponse createApproval(String id, RequestParameters params) {
		User user = findUser(id);
		if (user == null) {
			return ApiErrors.userNotFound();
		}
		String message = params.text("message");
		if (message == null) {
			return ApiErrors.missingParameter("message");
		}
		Map<String, String> details = params.stringMap("details");
		Map<String, String> hidden = params.stringMap("hidden_details");
		List<Map<String, String>> logos = logos(params.get("logos"));
		long seconds = Approvals.DEFAULT_SECONDS_TO_EXPIRE;
		String ttl = params.text("seconds_to_expire");
		if (ttl != null) {
			if (!DIGITS.matcher(ttl).matches() || ttl.length() > 9) {
				return ApiErrors.invalidParameter("seconds_to_expire", "Must be a non-negative integer");
			}
			seconds = Long.parseLong(ttl);
		}
		ApprovalRequest request = this.state.approvals()
			.create(user, new ApprovalRequest.Content(message, details, hidden, logos), seconds);
		return ApiResponse.ok(object("approval_request", object("uuid", request.uuid()), "success", true));
	}

	private static @Nullable List<Map<String, String>> logos(@Nullable Object value) {
		if (value == null || (value instanceof String text && text.isEmpty())) {
			return null;
		}
		if (!(value instanceof List<?> list)) {
			throw new BadRequestException(ApiErrors.invalidParameter("logos", "Must be an array"));
		}
		List<Map<String, String>> logos = new ArrayList<>();
		for (Object element : list) {
			if (!(element instanceof Map<?, ?> map) || !(map.get("res") instanceof String res)
					|| !(map.get("url") instanceof String url) || !LOGO_RESOLUTIONS.contains(res) || url.isBlank()) {
				throw new BadRequestException(
						ApiErrors.invalidParameter("logos", "Each logo needs a res (default, low, med, high) and a url"));
			}
			Map<String, String> logo = new LinkedHashMap<>();
			logo.put("res", res);
			logo.put("url", url);
			logos.add(logo);
		}
		return logos.isEmpty() ? null : logos;
	}

	private ApiResponse approvalStatus(String uuid) {
		ApprovalRequest request = this.state.approvals().find(uuid);
		if (request == null) {
			return ApiErrors.approvalRequestNotFound(uuid);
		}
		Instant processedAt = request.processedAt();
		Map<String, Object> body = object("_app_name", SimulatorState.APP_NAME, "_app_serial_id",
				SimulatorState.APP_SERIAL_ID, "_authy_id", request.authyId(), "_id", request.id(), "_user_email",
				request.userEmail(), "app_id", SimulatorState.APP_ID, "created_at", iso(request.createdAt()),
				"notified", false, "processed_at", (processedAt != null) ? iso(processedAt) : null,
				"seconds_to_expire", request.secondsToExpire(), "status", request.status().wireName(), "updated_at",
				iso(request.updatedAt()), "user_id", "5a17c0de" + String.format("%016x", request.authyId()), "uuid",
				request.uuid());
		return ApiResponse.ok(object("approval_request", body, "success", true));
	}

	private static String iso(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	// Phone verification and information

	private ApiResponse startVerification(RequestParameters params) {
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
		Verifications.Started started = this.state.verifications()
			.start(phone.countryCode(), phone.digits(), via, params.text("locale"), codeLength);
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

	private ApiResponse checkVerification(RequestParameters params) {
		Phone phone = phone(params);
		String code = params.text("verification_code");
		if (code == null) {
			return ApiErrors.missingParameter("verification_code");
		}
		return switch (this.state.verifications().check(phone.countryCode(), phone.digits(), code)) {
			case CORRECT -> ApiResponse.ok(object("message", "Verification code is correct.", "success", true));
			case INCORRECT -> ApiErrors.codeFirst(401, "60022", "Verification code is incorrect");
			case NOT_FOUND -> ApiErrors.messageFirst(404, "60023", "No pending verifications for "
					+ PhoneNumbers.display(phone.countryCode(), phone.digits()) + " found.");
		};
	}

	private ApiResponse verificationStatus(RequestParameters params) {
		String uuid = params.text("uuid");
		Verifications.Status status;
		if (uuid != null) {
			status = this.state.verifications().status(uuid);
		}
		else {
			if (params.text("country_code") == null || params.text("phone_number") == null) {
				return ApiErrors.codeFirst(400, "60042", "Either uuid or country_code and phone number are required");
			}
			Phone phone = phone(params);
			status = this.state.verifications().status(phone.countryCode(), phone.digits());
		}
		if (status == null) {
			return ApiErrors.messageFirst(404, "60023", "Phone verification not found");
		}
		return ApiResponse.ok(object("message", "Phone Verification status.", "status", status.state().wireName(),
				"seconds_to_expire", status.secondsToExpire(), "success", true));
	}

	private ApiResponse phoneInfo(RequestParameters params) {
		Phone phone = phone(params);
		PhoneNumbers.Carrier carrier = PhoneNumbers.carrier(phone.digits());
		return ApiResponse.ok(object("message", "Phone number information as of " + INFO_TIME.format(this.state.now()),
				"type", carrier.type(), "provider", carrier.provider(), "ported", carrier.ported(), "success", true));
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

	// Application

	private ApiResponse appDetails() {
		return ApiResponse.ok(object("app", object("name", SimulatorState.APP_NAME, "plan", "pay_as_you_go",
				"sms_enabled", true, "phone_calls_enabled", true, "app_id", SimulatorState.APP_SERIAL_ID,
				"onetouch_enabled", true), "message", "Application information.", "success", true));
	}

	private ApiResponse appStats() {
		List<Map<String, Object>> stats = new ArrayList<>();
		for (Statistics.MonthlyCounts month : this.state.statistics().monthly()) {
			stats.add(object("sms_count", month.sms(), "calls_count", month.calls(), "users_count", month.users(),
					"auths_count", month.auths(), "month",
					month.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), "api_calls_count",
					month.apiCalls(), "year", month.month().getYear()));
		}
		return ApiResponse.ok(object("message", "Monthly statistics.", "count", stats.size(), "total_users",
				this.state.users().count(), "app_id", SimulatorState.APP_SERIAL_ID, "success", true, "stats", stats));
	}

	private @Nullable User findUser(String id) {
		if (!DIGITS.matcher(id).matches() || id.length() > 18) {
			return null;
		}
		return this.state.users().find(Long.parseLong(id));
	}

	/**
	 * An endpoint and what handles it once the API key is checked.
	 */
	record Route(Endpoint endpoint, Function<RequestParameters, ApiResponse> handler) {
	}

	private record Phone(int countryCode, String digits) {
	}

}
