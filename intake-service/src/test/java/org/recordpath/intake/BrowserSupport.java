package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recordpath.guidance.json.ContractJson;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Browser tests of the pages: the application on a random port against a real PostgreSQL ({@link TestPostgres}),
 * driven by Debian's headless Chromium through its chromedriver (no driver download; override the paths with
 * {@code -Dwebdriver.chrome.driver} and {@code -Drecordpath.chromium}). Screenshots go to
 * {@code target/screenshots/}. The subclasses share one application context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"recordpath.jobs.workers=2", "recordpath.jobs.poll-interval=300ms"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSupport {
    static final Duration PROCESSING = Duration.ofMinutes(3);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshSchema(registry);
    }

    @BeforeAll
    void startBrowser() {
        Path driver = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        Path chromium = Path.of(System.getProperty("recordpath.chromium", "/usr/bin/chromium"));
        assertThat(driver)
                .as("chromedriver (install Debian's chromium-driver or set -Dwebdriver.chrome.driver)")
                .isExecutable();
        assertThat(chromium)
                .as("Chromium (install Debian's chromium or set -Drecordpath.chromium)")
                .isExecutable();
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toString())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--disable-gpu",
                        "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String user) {
        signIn(user, "demo");
    }

    void signIn(String user, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .who")));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot =
                    ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new patient created over the API by the navigator (who is then assigned to it). */
    UUID newPatient(String name) {
        JsonNode created = json(api("navigator")
                .post()
                .uri("/api/patients")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"displayName\":\"" + name + "\"}")
                .retrieve()
                .body(String.class));
        return UUID.fromString(created.get("id").asText());
    }

    /** Uploads a file over the API and waits until it is read. */
    UUID uploadAndWait(String user, UUID patient, Path file) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(file));
        UUID document = UUID.fromString(json(api(user)
                        .post()
                        .uri("/api/patients/" + patient + "/documents")
                        .contentType(MediaType.MULTIPART_FORM_DATA)
                        .body(parts)
                        .retrieve()
                        .body(String.class))
                .get("id")
                .asText());
        String status = new FluentWait<>(document)
                .withTimeout(PROCESSING)
                .pollingEvery(Duration.ofMillis(250))
                .until(id -> {
                    String s = json(api(user)
                                    .get()
                                    .uri("/api/documents/" + id)
                                    .retrieve()
                                    .body(String.class))
                            .get("status")
                            .asText();
                    return s.equals("DONE") || s.equals("FAILED") ? s : null;
                });
        assertThat(status).isEqualTo("DONE");
        return document;
    }

    /** A password the account policy accepts (NIST SP 800-63B: 8+ characters for patients, not a common one). */
    static final String PATIENT_PASSWORD = "synthetic-patient-passphrase";

    /** A new patient record (created by the navigator) with its own PATIENT account, {@link #PATIENT_PASSWORD} (#15). */
    UUID patientWithAccount(String username) {
        UUID patient = newPatient(username);
        api("admin")
                .post()
                .uri("/api/admin/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"username\":\"" + username + "\",\"password\":\"" + PATIENT_PASSWORD
                        + "\",\"role\":\"PATIENT\"," + "\"patientId\":\"" + patient + "\"}")
                .retrieve()
                .toBodilessEntity();
        return patient;
    }

    /** Assigns a staff account to a patient over the admin API. */
    void assign(UUID patient, String username) {
        api("admin")
                .post()
                .uri("/api/admin/patients/" + patient + "/assignments/" + username)
                .retrieve()
                .toBodilessEntity();
    }

    /** Ends the browser session, so that another user can sign in. */
    void signOut() {
        browser.manage().deleteAllCookies();
    }

    UUID demoPatient() {
        return UUID.fromString(
                json(api("patient").get().uri("/api/patients").retrieve().body(String.class))
                        .get(0)
                        .get("id")
                        .asText());
    }

    RestClient api(String user) {
        return RestClient.builder()
                .baseUrl(url(""))
                .defaultHeaders(h -> h.setBasicAuth(user, "demo"))
                .build();
    }

    static JsonNode json(String body) {
        try {
            return ContractJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
