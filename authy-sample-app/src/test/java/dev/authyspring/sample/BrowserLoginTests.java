package dev.authyspring.sample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import dev.authyspring.sample.user.AppUser;
import dev.authyspring.sample.user.AppUserRepository;
import dev.authyspring.simulator.AuthySimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
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
 * The whole journey in headless Chromium: sign up, log in, approve the push on the
 * simulated phone in a second tab, then log in again with an SMS code read from that
 * phone. Screenshots of each step go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserLoginTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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

	@BeforeAll
	static void requireChromium() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium/chromedriver not installed: " + CHROMIUM + " and " + CHROMEDRIVER
						+ " are needed for the browser test (apt-get install chromium chromium-driver); skipping it");
	}

	@BeforeEach
	void startBrowser() throws IOException {
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
	void signUpLogInWithAPushThenWithAnSmsCode() throws IOException {
		String email = Visitor.newEmail();
		String password = "correct horse battery";
		String phoneUrl = this.simulator.baseUrl() + "/simulator";

		// Sign up.
		open("/signup");
		type(By.id("email"), email);
		type(By.id("password"), password);
		type(By.id("countryCode"), "1");
		type(By.id("phoneNumber"), Visitor.newPhoneNumber());
		screenshot("signup");
		this.driver.findElement(By.id("signup-submit")).click();
		this.wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(text(By.id("notice"))).contains("Your account is ready");
		AppUser user = this.users.findByEmail(email).orElseThrow();
		assertThat(this.driver.findElement(By.id("phone-link")).getAttribute("href")).isEqualTo(phoneUrl);

		// Log in: password, then the push.
		logIn(email, password);
		screenshot("second-factor");
		this.driver.findElement(By.id("use-push")).click();
		this.wait.until(ExpectedConditions.urlContains("/2fa/push/"));
		String uuid = this.driver.getCurrentUrl().substring(this.driver.getCurrentUrl().lastIndexOf('/') + 1);
		assertThat(text(By.id("push-message"))).contains("Approve it there");
		screenshot("waiting-for-push");
		String appTab = this.driver.getWindowHandle();

		// Approve on the phone, in a second tab.
		this.driver.switchTo().newWindow(WindowType.TAB);
		this.driver.get(phoneUrl);
		WebElement approve = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("approve-" + uuid)));
		screenshot("phone-push");
		approve.click();
		String phoneTab = this.driver.getWindowHandle();

		// The waiting page continues by itself.
		this.driver.switchTo().window(appTab);
		this.wait.until(ExpectedConditions.urlMatches(".*/account$"));
		assertThat(text(By.id("account-email"))).isEqualTo(email);
		assertThat(text(By.id("authy-id"))).isEqualTo(String.valueOf(user.authyId()));
		screenshot("account-after-push");

		// Log out, log in again with a code by SMS.
		this.driver.findElement(By.cssSelector("form.logout button")).click();
		this.wait.until(ExpectedConditions.urlContains("logout"));
		logIn(email, password);
		this.driver.findElement(By.id("use-sms")).click();
		this.wait.until(ExpectedConditions.urlContains("/2fa/code"));
		assertThat(text(By.id("notice"))).contains("We sent a code by SMS.");
		screenshot("code-form");

		this.driver.switchTo().window(phoneTab);
		By sms = By.cssSelector("tr.message[data-authy-id='" + user.authyId() + "'][data-via='sms'] .code");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(sms));
		List<WebElement> codes = this.driver.findElements(sms);
		String code = codes.get(0).getText();
		assertThat(code).isEqualTo(this.simulator.lastCode(user.authyId()));
		screenshot("phone-sms");

		this.driver.switchTo().window(appTab);
		type(By.id("code"), code);
		this.driver.findElement(By.id("code-submit")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/account$"));
		assertThat(text(By.id("account-email"))).isEqualTo(email);
		screenshot("account-after-sms");
	}

	private void logIn(String email, String password) {
		open("/login");
		type(By.id("email"), email);
		type(By.id("password"), password);
		this.driver.findElement(By.id("login-submit")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/2fa$"));
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
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(element)).getText();
	}

	private void screenshot(String name) throws IOException {
		File file = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), SCREENSHOTS.resolve(String.format("%02d-%s.png", ++this.step, name)),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
