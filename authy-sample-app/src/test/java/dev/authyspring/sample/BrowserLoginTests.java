package dev.authyspring.sample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.simulator.AuthySimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey in headless Chromium, on the starter's default second-factor page:
 * every method (push approved and denied on the simulated phone in a second tab, SMS,
 * voice call, authenticator app), wrong codes up to the limit, remembering the device,
 * and logging out. Screenshots of each step go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserLoginTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	private int port;

	@Autowired
	private AuthySimulator simulator;

	@Autowired
	private AppUserRepository users;

	private ChromeDriverService service;

	private WebDriver driver;

	private WebDriverWait wait;

	private int step;

	private String test = "";

	@BeforeAll
	static void requireChromium() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium/chromedriver not installed: " + CHROMIUM + " and " + CHROMEDRIVER
						+ " are needed for the browser test (apt-get install chromium chromium-driver); skipping it");
	}

	@BeforeEach
	void startBrowser(TestInfo info) throws IOException {
		this.test = info.getTestMethod().map((method) -> method.getName()).orElse("test");
		Path profile = Files.createTempDirectory("authy-sample-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--no-first-run", "--user-data-dir=" + profile, "--window-size=1200,900");
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(this.service, options);
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.service != null) {
			this.service.stop();
		}
	}

	@Test
	void pushApprovedThenPushDeniedThenLogOut() throws IOException {
		String email = signUp();
		AppUser user = this.users.findByEmail(email).orElseThrow();

		// Password, then the push, approved on the phone in a second tab.
		logIn(email);
		screenshot("second-factor");
		this.driver.findElement(By.id("authy-send-push")).click();
		assertThat(text(By.id("authy-push-status"))).contains("Approve it there");
		screenshot("waiting-for-push");
		String appTab = this.driver.getWindowHandle();
		String phoneTab = openPhone();
		String uuid = pendingPush(user);
		WebElement approve = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("approve-" + uuid)));
		screenshot("phone-push");
		approve.click();

		// The waiting page continues by itself.
		this.driver.switchTo().window(appTab);
		this.wait.until(ExpectedConditions.urlMatches(".*/account(\\?continue)?$"));
		assertThat(text(By.id("account-email"))).isEqualTo(email);
		assertThat(text(By.id("authy-id"))).isEqualTo(String.valueOf(user.authyId()));
		screenshot("account-after-push");
		logOut();

		// A denied push ends the login with a message on the login page.
		logIn(email);
		this.driver.findElement(By.id("authy-send-push")).click();
		assertThat(text(By.id("authy-push-status"))).contains("Approve it there");
		this.driver.switchTo().window(phoneTab);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("deny-" + pendingPush(user)))).click();
		this.driver.switchTo().window(appTab);
		this.wait.until(ExpectedConditions.urlContains("/login?ended"));
		assertThat(text(By.id("login-ended"))).isEqualTo("The login was denied on your phone. Log in again.");
		screenshot("push-denied");
		open("/account");
		this.wait.until(ExpectedConditions.urlMatches(".*/login$"));
	}

	@Test
	void smsThenVoiceCallThenAuthenticatorApp() throws IOException {
		String email = signUp();
		AppUser user = this.users.findByEmail(email).orElseThrow();
		String appTab = this.driver.getWindowHandle();
		String phoneTab = openPhone();
		this.driver.switchTo().window(appTab);

		logIn(email);
		this.driver.findElement(By.id("authy-send-sms")).click();
		assertThat(text(By.id("authy-notice"))).isEqualTo("We sent a code by SMS.");
		screenshot("code-form");
		enterCode(readCodeOnThePhone(phoneTab, appTab, user, "sms"));
		logOut();

		logIn(email);
		this.driver.findElement(By.id("authy-send-call")).click();
		assertThat(text(By.id("authy-notice"))).isEqualTo("We are calling you to read a code.");
		enterCode(readCodeOnThePhone(phoneTab, appTab, user, "call"));
		logOut();

		// The authenticator app: installed on the simulated phone, its code read there.
		logIn(email);
		this.driver.switchTo().window(phoneTab);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("install-app-" + user.authyId()))).click();
		By totp = By.id("totp-" + user.authyId());
		this.wait.until((driver) -> driver.findElement(totp).getText().matches("[0-9]{7}"));
		screenshot("phone-authenticator-app");
		String code = this.driver.findElement(totp).getText();
		assertThat(code).isEqualTo(this.simulator.totp(user.authyId()));
		this.driver.switchTo().window(appTab);
		enterCode(code);
	}

	@Test
	void wrongCodesUntilTheLimitThenRememberThisDevice() throws IOException {
		String email = signUp();
		AppUser user = this.users.findByEmail(email).orElseThrow();
		logIn(email);
		this.driver.findElement(By.id("authy-send-sms")).click();
		// The page sends it in the background: the code exists once the notice shows.
		assertThat(text(By.id("authy-notice"))).isEqualTo("We sent a code by SMS.");
		String code = this.simulator.lastCode(user.authyId());
		for (int left = 4; left > 0; left--) {
			type(By.id("authy-code-input"), CodeLoginTests.wrongCode(code));
			this.driver.findElement(By.id("authy-code-submit")).click();
			// Waits for this answer's text: until the post's page replaces it, the
			// previous answer's error is still on screen.
			String expected = "That code is wrong or has expired. " + left + ((left == 1) ? " attempt" : " attempts")
					+ " left.";
			assertThat(this.wait.until(ExpectedConditions.textToBe(By.id("authy-error"), expected))).isTrue();
		}
		screenshot("wrong-code");
		type(By.id("authy-code-input"), CodeLoginTests.wrongCode(code));
		this.driver.findElement(By.id("authy-code-submit")).click();
		this.wait.until(ExpectedConditions.urlContains("/login?ended"));
		assertThat(text(By.id("login-ended"))).isEqualTo("Too many wrong codes. Log in again.");
		screenshot("too-many-wrong-codes");

		// Again, now asking to remember this device: the next login needs the password
		// only.
		logIn(email);
		this.driver.findElement(By.id("authy-send-sms")).click();
		assertThat(text(By.id("authy-notice"))).isEqualTo("We sent a code by SMS.");
		this.driver.findElement(By.cssSelector("#authy-code .authy-remember-device")).click();
		enterCode(this.simulator.lastCode(user.authyId()));
		logOut();
		open("/login");
		type(By.id("email"), email);
		type(By.id("password"), PASSWORD);
		this.driver.findElement(By.id("login-submit")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/account(\\?continue)?$"));
		assertThat(text(By.id("account-email"))).isEqualTo(email);
		screenshot("remembered-device");
	}

	private String signUp() throws IOException {
		String email = Visitor.newEmail();
		open("/signup");
		type(By.id("email"), email);
		type(By.id("password"), PASSWORD);
		type(By.id("countryCode"), "1");
		type(By.id("phoneNumber"), Visitor.newPhoneNumber());
		screenshot("signup");
		this.driver.findElement(By.id("signup-submit")).click();
		this.wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(text(By.id("notice"))).contains("Your account is ready");
		assertThat(this.driver.findElement(By.id("phone-link")).getAttribute("href"))
			.isEqualTo(this.simulator.baseUrl() + "/simulator");
		return email;
	}

	private String openPhone() {
		this.driver.switchTo().newWindow(WindowType.TAB);
		this.driver.get(this.simulator.baseUrl() + "/simulator");
		return this.driver.getWindowHandle();
	}

	private String pendingPush(AppUser user) {
		return this.simulator.pendingApprovals()
			.stream()
			.filter((approval) -> approval.authyId() == user.authyId())
			.reduce((first, second) -> second)
			.orElseThrow()
			.uuid();
	}

	private String readCodeOnThePhone(String phoneTab, String appTab, AppUser user, String via) throws IOException {
		this.driver.switchTo().window(phoneTab);
		String expected = this.simulator.lastCode(user.authyId());
		By row = By.cssSelector("tr.message[data-authy-id='" + user.authyId() + "'][data-via='" + via + "'] .code");
		this.wait
			.until((driver) -> driver.findElements(row).stream().anyMatch((cell) -> cell.getText().equals(expected)));
		screenshot("phone-" + via);
		String code = this.driver.findElements(row).get(0).getText();
		this.driver.switchTo().window(appTab);
		return code;
	}

	private void enterCode(String code) throws IOException {
		type(By.id("authy-code-input"), code);
		this.driver.findElement(By.id("authy-code-submit")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/account(\\?continue)?$"));
		assertThat(text(By.id("account-email"))).isNotBlank();
		screenshot("account");
	}

	private void logOut() {
		this.driver.findElement(By.cssSelector("form.logout button")).click();
		this.wait.until(ExpectedConditions.urlContains("logout"));
	}

	private void logIn(String email) {
		open("/login");
		type(By.id("email"), email);
		type(By.id("password"), PASSWORD);
		this.driver.findElement(By.id("login-submit")).click();
		this.wait.until(ExpectedConditions.urlContains("/login/authy"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Confirm it is you");
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	private void type(By field, String text) {
		WebElement element = this.wait.until(ExpectedConditions.visibilityOfElementLocated(field));
		element.clear();
		element.sendKeys(text);
	}

	private String text(By element) {
		// Found again on every try: a form post replaces the page under an element found
		// before.
		return this.wait.ignoring(StaleElementReferenceException.class).until((driver) -> {
			WebElement found = driver.findElement(element);
			return found.isDisplayed() ? found.getText() : null;
		});
	}

	private void screenshot(String name) throws IOException {
		File file = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", this.test, ++this.step, name)),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
